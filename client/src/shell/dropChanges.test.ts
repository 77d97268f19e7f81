import { describe, expect, it } from 'vitest';
import { DEFAULT_POSITION, type DocumentView } from '@kring/shared';
import { applyChanges, buildTree, type TreeNode } from '../pages/community/pageTree.js';
import { changesForDrop } from './dropChanges.js';

const page = (id: string, position: string, parentId: string | null = null) =>
  ({ id, position, parentId, createdAt: '2026-01-01T00:00:00Z', title: id }) as DocumentView;

const shape = (pages: DocumentView[]) => {
  const render = (nodes: readonly TreeNode[]): string =>
    nodes
      .map((node) =>
        node.children.length > 0 ? `${node.page.id}(${render(node.children)})` : node.page.id,
      )
      .join(' ');
  return render(buildTree(pages));
};

const drop = (pages: DocumentView[], id: string, parentId: string | null, index: number | null) => {
  const changes = changesForDrop(buildTree(pages), pages, id, { parentId, index });
  return changes === null ? null : shape(applyChanges(pages, changes));
};

describe('dropping a page in the sidebar tree', () => {
  const pages = [page('a', 'a0'), page('b', 'a1'), page('c', 'a2'), page('a1', 'a0', 'a')];

  it('makes it the last sub-page of the page it is dropped on', () => {
    expect(drop(pages, 'c', 'a', null)).toBe('a(a1 c) b');
  });

  it('puts it between two pages, at the top level or among sub-pages', () => {
    expect(drop(pages, 'c', null, 0)).toBe('c a(a1) b');
    expect(drop(pages, 'a', null, 2)).toBe('b c a(a1)');
    expect(drop(pages, 'b', 'a', 0)).toBe('a(b a1) c');
    expect(drop(pages, 'a1', null, 1)).toBe('a a1 b c');
  });

  it('refuses a drop onto itself or below itself, and a drop that changes nothing', () => {
    expect(drop(pages, 'a', 'a', null)).toBeNull();
    expect(drop(pages, 'a', 'a1', null)).toBeNull();
    expect(drop(pages, 'b', null, 1)).toBeNull();
  });

  it('renumbers siblings that share one position (pages from before the tree)', () => {
    const old = [
      page('x', DEFAULT_POSITION),
      page('y', DEFAULT_POSITION),
      page('z', DEFAULT_POSITION),
    ];
    expect(drop(old, 'z', null, 0)).toBe('z x y');
  });
});
