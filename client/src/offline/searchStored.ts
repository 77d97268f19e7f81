import type { SearchResultsView } from '@kring/shared';
import type { Query } from '../api/ApiClient.js';
import type { StoredDocument } from './offlineDb.js';
import { OfflineSearchIndex, type OfflineSearchDocument } from './offlineSearch.js';

/** Kept between searches: a document analysed once is not analysed again until it changes. */
const index = new OfflineSearchIndex();

function text(value: string | number | undefined): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * `GET /api/search` answered from the documents kept in this browser, with the server's analysis
 * and ranking (stemming, diacritics, typos; filters community, tag, from, to, limit).
 */
export function searchStoredDocuments(
  documents: readonly StoredDocument[],
  communityNames: ReadonlyMap<string, string>,
  query: Query,
): SearchResultsView {
  const searchable: OfflineSearchDocument[] = documents.map((document) => ({
    id: document.id,
    title: document.view.title,
    text: document.text,
    communityId: document.view.communityId,
    communitySlug: document.slug,
    communityName: communityNames.get(document.slug) ?? document.slug,
    updatedAt: document.view.updatedAt,
    tags: document.view.tags,
  }));
  index.sync(searchable);
  const limit = Number(query['limit']);
  return index.search(String(query['q'] ?? ''), {
    community: text(query['community']),
    tag: text(query['tag']),
    from: text(query['from']),
    to: text(query['to']),
    ...(Number.isInteger(limit) && limit > 0 ? { limit } : {}),
  });
}
