import { describe, expect, it } from 'vitest';
import { parseRecentDocuments, withOpened, withoutDocument, withTitle } from './recentDocuments.js';

describe('recent documents', () => {
  it('treats corrupt storage as an empty list', () => {
    expect(parseRecentDocuments('{nope')).toEqual([]);
    expect(parseRecentDocuments('{"a":1}')).toEqual([]);
    expect(parseRecentDocuments(null)).toEqual([]);
  });

  it('drops malformed entries and sorts most recent first', () => {
    const raw = JSON.stringify([
      { id: 'old', title: 'Oud', openedAt: 1 },
      { id: 'bad id', title: 'x', openedAt: 5 },
      { id: 'new', title: 7, openedAt: 3 },
      { id: 'noTime', title: 'x' },
    ]);
    expect(parseRecentDocuments(raw)).toEqual([
      { id: 'new', title: '', openedAt: 3 },
      { id: 'old', title: 'Oud', openedAt: 1 },
    ]);
  });

  it('moves a reopened document to the front and keeps its title', () => {
    const list = [
      { id: 'a', title: 'A', openedAt: 2 },
      { id: 'b', title: 'B', openedAt: 1 },
    ];
    expect(withOpened(list, 'b', 10)).toEqual([
      { id: 'b', title: 'B', openedAt: 10 },
      { id: 'a', title: 'A', openedAt: 2 },
    ]);
    expect(withTitle(list, 'a', 'Nieuw')[0]?.title).toBe('Nieuw');
    expect(withTitle(list, 'zz', 'Nieuw')).toBe(list);
  });
});

describe('withoutDocument', () => {
  it('removes a document, and returns the same list when it is absent', () => {
    const list = [
      { id: 'a', title: '', openedAt: 2 },
      { id: 'b', title: '', openedAt: 1 },
    ];
    expect(withoutDocument(list, 'a')).toEqual([{ id: 'b', title: '', openedAt: 1 }]);
    expect(withoutDocument(list, 'c')).toBe(list);
  });
});
