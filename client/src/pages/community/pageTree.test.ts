import { describe, expect, it } from 'vitest';
import type { DocumentView } from '@kring/shared';
import {
  ancestorsOf,
  applyChanges,
  buildTree,
  filterTree,
  placeAmong,
  planMove,
  possibleMoves,
  subtreeIds,
  type TreeNode,
} from './pageTree.js';

let clock = 0;
function page(id: string, parentId: string | null, position: string, tags: string[] = []) {
  clock++;
  return {
    id,
    communityId: 'c',
    communitySlug: 'pet',
    title: id,
    createdAt: `2025-01-01T00:00:${String(clock).padStart(2, '0')}.000Z`,
    createdBy: null,
    updatedAt: '2025-01-02T00:00:00.000Z',
    restrictedTo: null,
    myAccess: 'write',
    canManage: true,
    parentId,
    position,
    tags,
    updatedBy: null,
    deletedAt: null,
  } satisfies DocumentView;
}

/** The tree as "a(b,c),d" for short assertions. */
function shape(tree: readonly TreeNode[]): string {
  return tree
    .map((node) =>
      node.children.length === 0 ? node.page.id : `${node.page.id}(${shape(node.children)})`,
    )
    .join(',');
}

const pages = [
  page('d', null, 'a2'),
  page('a', null, 'a0'),
  page('c', 'a', 'a1'),
  page('b', 'a', 'a0'),
  page('e', 'c', 'a0'),
];

describe('buildTree', () => {
  it('nests pages by parent and sorts siblings by position', () => {
    expect(shape(buildTree(pages))).toBe('a(b,c(e)),d');
  });

  it('sorts equal positions by creation time, then id', () => {
    const old = [page('y', null, 'a0'), page('x', null, 'a0')];
    expect(shape(buildTree(old))).toBe('y,x');
    const same = [
      { ...page('q', null, 'a0'), createdAt: 't' },
      { ...page('p', null, 'a0'), createdAt: 't' },
    ];
    expect(shape(buildTree(same))).toBe('p,q');
  });

  it('puts pages with an unknown parent and pages in a cycle at the top level', () => {
    expect(shape(buildTree([page('orphan', 'gone', 'a0')]))).toBe('orphan');
    const cycle = [page('m', 'n', 'a0'), page('n', 'm', 'a1')];
    expect(shape(buildTree(cycle))).toBe('m(n)');
  });
});

describe('filterTree', () => {
  it('keeps matching pages and their ancestors', () => {
    const tree = buildTree(pages);
    expect(shape(filterTree(tree, (p) => p.id === 'e'))).toBe('a(c(e))');
    expect(shape(filterTree(tree, () => false))).toBe('');
  });
});

describe('planMove', () => {
  const tree = buildTree(pages);
  const moved = (kind: 'up' | 'down' | 'indent' | 'outdent', id: string) => {
    const changes = planMove(tree, id, kind);
    return changes === null ? null : shape(buildTree(applyChanges(pages, changes)));
  };

  it('moves up and down among siblings with one change', () => {
    expect(planMove(tree, 'c', 'up')).toHaveLength(1);
    expect(moved('up', 'c')).toBe('a(c(e),b),d');
    expect(moved('down', 'b')).toBe('a(c(e),b),d');
    expect(moved('down', 'a')).toBe('d,a(b,c(e))');
  });

  it('indents under the page above and outdents to right after the parent', () => {
    expect(moved('indent', 'c')).toBe('a(b(c(e))),d');
    expect(moved('indent', 'd')).toBe('a(b,c(e),d)');
    expect(moved('outdent', 'b')).toBe('a(c(e)),b,d');
    expect(moved('outdent', 'e')).toBe('a(b,c,e),d');
  });

  it('refuses impossible moves', () => {
    expect(planMove(tree, 'a', 'up')).toBeNull();
    expect(planMove(tree, 'd', 'down')).toBeNull();
    expect(planMove(tree, 'b', 'indent')).toBeNull();
    expect(planMove(tree, 'a', 'outdent')).toBeNull();
    expect(planMove(tree, 'missing', 'up')).toBeNull();
    expect(possibleMoves(tree, 'b')).toEqual({
      up: false,
      down: true,
      indent: false,
      outdent: true,
    });
  });

  it('renumbers siblings that share a position', () => {
    const legacy = [page('p1', null, 'a0'), page('p2', null, 'a0'), page('p3', null, 'a0')];
    const legacyTree = buildTree(legacy);
    const changes = planMove(legacyTree, 'p3', 'up');
    expect(changes).not.toBeNull();
    expect(shape(buildTree(applyChanges(legacy, changes ?? [])))).toBe('p1,p3,p2');
    const positions = applyChanges(legacy, changes ?? []).map((p) => p.position);
    expect(new Set(positions).size).toBe(3);
  });
});

describe('placeAmong', () => {
  it('places between neighbours, at the start and at the end', () => {
    const [x, y, z] = [page('x', null, 'a0'), page('y', null, 'a1'), page('z', null, 'a5')];
    const between = placeAmong(z, [x, y], 1, null)[0]?.position ?? '';
    expect(between > 'a0' && between < 'a1').toBe(true);
    expect((placeAmong(z, [x, y], 0, null)[0]?.position ?? 'z') < 'a0').toBe(true);
    expect((placeAmong(x, [y, z], 2, null)[0]?.position ?? '') > 'a5').toBe(true);
    expect(placeAmong(x, [], 0, 'p')).toEqual([{ id: 'x', parentId: 'p', position: 'a0' }]);
  });
});

describe('subtreeIds', () => {
  it('collects a page and everything below it', () => {
    expect([...subtreeIds(buildTree(pages), 'a')].sort()).toEqual(['a', 'b', 'c', 'e']);
  });
});

describe('ancestorsOf', () => {
  it('lists the pages above a page, top first', () => {
    expect(ancestorsOf(pages, 'e').map((p) => p.id)).toEqual(['a', 'c']);
    expect(ancestorsOf(pages, 'a')).toEqual([]);
    expect(ancestorsOf(pages, 'missing')).toEqual([]);
    const cycle = [page('m', 'n', 'a0'), page('n', 'm', 'a1')];
    expect(ancestorsOf(cycle, 'm').map((p) => p.id)).toEqual(['n']);
  });
});
