import { beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_CORPUS } from '../../../tests/fixtures/search/corpus.js';
import { RELEVANCE_CASES } from '../../../tests/fixtures/search/queries.js';
import { SearchIndex } from './SearchIndex.js';

const everyone = { allowed: () => true };

describe('search relevance over the Dutch and English fixture corpus', () => {
  let index: SearchIndex;
  beforeAll(() => {
    index = SearchIndex.empty();
    for (const document of SEARCH_CORPUS) index.upsert(document);
  });

  it('has a corpus of at least 50 documents and 30 queries', () => {
    expect(SEARCH_CORPUS.length).toBeGreaterThanOrEqual(50);
    expect(RELEVANCE_CASES.length).toBeGreaterThanOrEqual(30);
    for (const c of RELEVANCE_CASES)
      for (const id of c.expected) expect(index.has(id), `${c.query}: ${id}`).toBe(true);
  });

  it.each(RELEVANCE_CASES)('"$query" ($kind) ranks $expected in the top 3', (c) => {
    const top = index.search(c.query, { ...everyone, limit: 3 }).hits.map((hit) => hit.id);
    for (const id of c.expected) expect(top, `top 3 of "${c.query}"`).toContain(id);
  });

  it('leaves documents the caller may not read out of hits and total', () => {
    const all = index.search('privacy', { ...everyone, limit: 100 });
    const petHits = all.hits.filter((hit) => hit.communityId === 'pet');
    expect(petHits.length).toBeGreaterThan(0);
    const seen: string[] = [];
    const withoutPet = index.search('privacy', {
      allowed: ({ id, communityId }) => {
        seen.push(id);
        return communityId !== 'pet';
      },
      limit: 100,
    });
    expect(withoutPet.hits.some((hit) => hit.communityId === 'pet')).toBe(false);
    expect(withoutPet.total).toBe(all.total - petHits.length);
    expect(new Set(seen).size).toBe(seen.length); // asked once per document
  });

  it('leaves a forbidden document out even when it is the only match', () => {
    const query = 'kwantumsleuteldistributie glasvezel';
    expect(index.search(query, everyone).total).toBe(1);
    const hidden = index.search(query, {
      allowed: ({ id }) => id !== 'q-kwantumsleuteldistributie',
    });
    expect(hidden).toEqual({ total: 0, hits: [] });
  });
});
