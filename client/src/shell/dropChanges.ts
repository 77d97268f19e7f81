import type { DocumentView } from '@kring/shared';
import {
  placeAmong,
  subtreeIds,
  type PositionChange,
  type TreeNode,
} from '../pages/community/pageTree.js';

/** Where a dragged page was dropped. */
export interface DropPlace {
  /** The new parent page; null: the top level. */
  readonly parentId: string | null;
  /**
   * Index among the new parent's sub-pages without the dragged page; null: dropped on the
   * parent itself (it becomes its last sub-page).
   */
  readonly index: number | null;
}

function childrenOf(tree: readonly TreeNode[], parentId: string | null): DocumentView[] {
  if (parentId === null) return tree.map((node) => node.page);
  const find = (nodes: readonly TreeNode[]): readonly TreeNode[] | null => {
    for (const node of nodes) {
      if (node.page.id === parentId) return node.children;
      const found = find(node.children);
      if (found !== null) return found;
    }
    return null;
  };
  return (find(tree) ?? []).map((node) => node.page);
}

/**
 * The position changes for dropping page `id` at `place`: made a sub-page (dropped on a page) or
 * put between two pages. Null when the drop is not possible (onto itself or a page below it)
 * or changes nothing.
 */
export function changesForDrop(
  tree: readonly TreeNode[],
  pages: readonly DocumentView[],
  id: string,
  place: DropPlace,
): PositionChange[] | null {
  const page = pages.find((candidate) => candidate.id === id);
  if (page === undefined) return null;
  if (place.parentId !== null && subtreeIds(tree, id).has(place.parentId)) return null;
  const siblings = childrenOf(tree, place.parentId);
  const others = siblings.filter((sibling) => sibling.id !== id);
  const index = Math.max(0, Math.min(place.index ?? others.length, others.length));
  const before = siblings.findIndex((sibling) => sibling.id === id);
  if (before !== -1 && before === index) return null;
  return placeAmong(page, others, index, place.parentId);
}
