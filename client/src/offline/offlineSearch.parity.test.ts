import { beforeAll, describe, expect, it } from 'vitest';
import { SearchIndex } from '../../../server/src/search/SearchIndex.js';
import { SEARCH_CORPUS } from '../../../tests/fixtures/search/corpus.js';
import { RELEVANCE_CASES } from '../../../tests/fixtures/search/queries.js';
import { OfflineSearchIndex, type OfflineSearchDocument } from './offlineSearch.js';

// The offline search against the server's SearchIndex over the relevance corpus: the same
// analysis and scoring code (`@kring/shared/search`) over two term dictionaries (MiniSearch on the
// server, OfflineTermIndex here) must give the same rankings, totals and snippets.

const offlineDocuments: OfflineSearchDocument[] = SEARCH_CORPUS.map((entry) => ({
  id: entry.id,
  title: entry.title,
  text: entry.body,
  communityId: entry.communityId,
  communitySlug: entry.communityId,
  communityName: entry.communityId,
  updatedAt: entry.updatedAt,
  tags: entry.tags,
  authorIds: entry.authorIds,
}));

const EXTRA_QUERIES = ['privacy', 'data', 'kwantum', 'robot ethiek', 'ai', 'over', 'xyzzy'];

describe('offline search ranks as the server', () => {
  let server: SearchIndex;
  let offline: OfflineSearchIndex;
  beforeAll(() => {
    server = SearchIndex.empty();
    for (const entry of SEARCH_CORPUS) server.upsert(entry);
    offline = new OfflineSearchIndex();
    offline.sync(offlineDocuments);
  });

  const queries = [...RELEVANCE_CASES.map((c) => c.query), ...EXTRA_QUERIES];

  it.each(queries)('"%s": same hits in the same order, same total and snippets', (query) => {
    const expected = server.search(query, { allowed: () => true, limit: 10 });
    const actual = offline.search(query, { limit: 10 });
    expect(actual.total).toBe(expected.total);
    expect(actual.hits.map((hit) => hit.documentId)).toEqual(expected.hits.map((hit) => hit.id));
    expect(actual.hits.map((hit) => hit.snippet)).toEqual(expected.hits.map((hit) => hit.snippet));
  });

  it.each(RELEVANCE_CASES)('"$query" ranks $expected in the top 3 offline too', (c) => {
    const top = offline.search(c.query, { limit: 3 }).hits.map((hit) => hit.documentId);
    for (const id of c.expected) expect(top).toContain(id);
  });

  it('filters by community and tag as the server', () => {
    const community = SEARCH_CORPUS[0]?.communityId ?? '';
    const tag = SEARCH_CORPUS.find((entry) => entry.tags.length > 0)?.tags[0] ?? '';
    const byCommunity = server.search('data', { allowed: () => true, communityId: community });
    expect(offline.search('data', { community }).hits.map((hit) => hit.documentId)).toEqual(
      byCommunity.hits.map((hit) => hit.id),
    );
    const byTag = server.search('', { allowed: () => true, tag });
    expect(offline.search('', { tag }).hits.map((hit) => hit.documentId)).toEqual(
      byTag.hits.map((hit) => hit.id),
    );
  });
});
