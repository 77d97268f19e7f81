import { positionBetween, type DocumentView } from '@kring/shared';

/** A page with the pages below it. */
export interface TreeNode {
  readonly page: DocumentView;
  readonly children: readonly TreeNode[];
}

/** The fields of a page that place it in the tree. */
export type Placement = Pick<DocumentView, 'id' | 'parentId' | 'position' | 'createdAt'>;

/** Sibling order: position (compared as plain strings), then creation time, then id. */
export function comparePages(a: Placement, b: Placement): number {
  if (a.position !== b.position) return a.position < b.position ? -1 : 1;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The page tree of a community from its (readable) pages. Pages whose parent is not among them
 * (not readable, trashed) are shown at the top level, as are pages caught in a parent cycle.
 */
export function buildTree(pages: readonly DocumentView[]): TreeNode[] {
  const byId = new Map(pages.map((page) => [page.id, page]));
  const children = new Map<string | null, DocumentView[]>();
  for (const page of pages) {
    const parent = page.parentId !== null && byId.has(page.parentId) ? page.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(page);
    children.set(parent, list);
  }
  const placed = new Set<string>();
  const build = (parent: string | null): TreeNode[] =>
    (children.get(parent) ?? [])
      .filter((page) => !placed.has(page.id))
      .sort(comparePages)
      .map((page) => {
        placed.add(page.id);
        return { page, children: build(page.id) };
      });
  const roots = build(null);
  // Pages only reachable through a cycle: show them at the top level rather than lose them.
  const stranded = pages.filter((page) => !placed.has(page.id)).sort(comparePages);
  for (const page of stranded) {
    if (placed.has(page.id)) continue;
    placed.add(page.id);
    roots.push({ page, children: build(page.id) });
  }
  return roots;
}

/** The tree with only the pages that match and the pages above them (for context). */
export function filterTree(
  tree: readonly TreeNode[],
  matches: (page: DocumentView) => boolean,
): TreeNode[] {
  const result: TreeNode[] = [];
  for (const node of tree) {
    const children = filterTree(node.children, matches);
    if (matches(node.page) || children.length > 0) result.push({ page: node.page, children });
  }
  return result;
}

/** Where a page sits: its parent and its siblings in order (the page included). */
export interface Location {
  readonly parentId: string | null;
  readonly siblings: readonly DocumentView[];
  readonly index: number;
  /** The parent page's own location, null at the top level. */
  readonly parent: Location | null;
}

/** The location of page `id` in the tree, or null when it is not there. */
export function locate(tree: readonly TreeNode[], id: string): Location | null {
  const search = (
    nodes: readonly TreeNode[],
    parentId: string | null,
    parent: Location | null,
  ): Location | null => {
    const siblings = nodes.map((node) => node.page);
    for (let index = 0; index < nodes.length; index++) {
      const node = nodes[index] as TreeNode;
      const here: Location = { parentId, siblings, index, parent };
      if (node.page.id === id) return here;
      const found = search(node.children, node.page.id, here);
      if (found !== null) return found;
    }
    return null;
  };
  return search(tree, null, null);
}

/** A move the page tree can make with the keyboard. */
export type MoveKind = 'up' | 'down' | 'indent' | 'outdent';

/** One `PATCH /api/documents/:id` of a move. */
export interface PositionChange {
  readonly id: string;
  readonly parentId: string | null;
  readonly position: string;
}

function childrenOf(tree: readonly TreeNode[], id: string): DocumentView[] {
  const find = (nodes: readonly TreeNode[]): readonly TreeNode[] | null => {
    for (const node of nodes) {
      if (node.page.id === id) return node.children;
      const found = find(node.children);
      if (found !== null) return found;
    }
    return null;
  };
  return (find(tree) ?? []).map((node) => node.page);
}

/**
 * The changes that put `page` at `index` among `others` (its new siblings, without it) under
 * `parentId`. Usually one change: a position between its new neighbours. When the neighbours have
 * no room between them (pages from before the tree existed all share one position), every
 * sibling gets a fresh position in the new order.
 */
export function placeAmong(
  page: DocumentView,
  others: readonly DocumentView[],
  index: number,
  parentId: string | null,
): PositionChange[] {
  const before = others[index - 1]?.position ?? null;
  const after = others[index]?.position ?? null;
  if (before === null || after === null || before < after) {
    try {
      return [{ id: page.id, parentId, position: positionBetween(before, after) }];
    } catch {
      // Not valid sort keys: renumber below.
    }
  }
  const order = [...others.slice(0, index), page, ...others.slice(index)];
  const changes: PositionChange[] = [];
  let previous: string | null = null;
  for (const sibling of order) {
    const position = positionBetween(previous, null);
    previous = position;
    if (sibling.id === page.id || sibling.position !== position || sibling.parentId !== parentId) {
      changes.push({ id: sibling.id, parentId, position });
    }
  }
  return changes;
}

/**
 * The changes for moving page `id` up or down among its siblings, into the page above it (as its
 * last sub-page) or out of its parent (right after it). Null when the move is not possible.
 */
export function planMove(
  tree: readonly TreeNode[],
  id: string,
  kind: MoveKind,
): PositionChange[] | null {
  const here = locate(tree, id);
  if (here === null) return null;
  const page = here.siblings[here.index] as DocumentView;
  const others = here.siblings.filter((sibling) => sibling.id !== id);
  switch (kind) {
    case 'up':
      return here.index === 0 ? null : placeAmong(page, others, here.index - 1, here.parentId);
    case 'down':
      return here.index >= others.length
        ? null
        : placeAmong(page, others, here.index + 1, here.parentId);
    case 'indent': {
      const newParent = here.siblings[here.index - 1];
      if (newParent === undefined) return null;
      const children = childrenOf(tree, newParent.id);
      return placeAmong(page, children, children.length, newParent.id);
    }
    case 'outdent': {
      const { parent } = here;
      if (parent === null) return null;
      const parentPage = parent.siblings[parent.index] as DocumentView;
      const uncles = parent.siblings.filter((sibling) => sibling.id !== id);
      const at = uncles.findIndex((sibling) => sibling.id === parentPage.id) + 1;
      return placeAmong(page, uncles, at, parent.parentId);
    }
  }
}

/** Which moves are possible for page `id` (for enabling buttons). */
export function possibleMoves(tree: readonly TreeNode[], id: string): Record<MoveKind, boolean> {
  const here = locate(tree, id);
  return {
    up: here !== null && here.index > 0,
    down: here !== null && here.index < here.siblings.length - 1,
    indent: here !== null && here.index > 0,
    outdent: here !== null && here.parent !== null,
  };
}

/** The pages with `changes` applied (for showing a move before the server answers). */
export function applyChanges(
  pages: readonly DocumentView[],
  changes: readonly PositionChange[],
): DocumentView[] {
  const byId = new Map(changes.map((change) => [change.id, change]));
  return pages.map((page) => {
    const change = byId.get(page.id);
    return change === undefined
      ? page
      : { ...page, parentId: change.parentId, position: change.position };
  });
}

/** Ids of page `id` and every page below it. */
export function subtreeIds(tree: readonly TreeNode[], id: string): Set<string> {
  const ids = new Set<string>();
  const collect = (nodes: readonly TreeNode[], inside: boolean) => {
    for (const node of nodes) {
      const here = inside || node.page.id === id;
      if (here) ids.add(node.page.id);
      collect(node.children, here);
    }
  };
  collect(tree, false);
  return ids;
}

/** The pages above page `id`, top first (stops at a cycle or a page that is not readable). */
export function ancestorsOf(pages: readonly DocumentView[], id: string): DocumentView[] {
  const byId = new Map(pages.map((page) => [page.id, page]));
  const chain: DocumentView[] = [];
  const seen = new Set([id]);
  let parentId = byId.get(id)?.parentId ?? null;
  while (parentId !== null && !seen.has(parentId)) {
    const parent = byId.get(parentId);
    if (parent === undefined) break;
    seen.add(parentId);
    chain.unshift(parent);
    parentId = parent.parentId;
  }
  return chain;
}
