import type { SearchQuery, SearchResultsView } from '@kring/shared';
import type { ApiClient } from './ApiClient.js';

/** Full-text search over the documents the user may read: `/api/search`. */
export interface SearchApi {
  search(query: SearchQuery, signal?: AbortSignal): Promise<SearchResultsView>;
}

/** The {@link SearchApi} on a client. */
export function searchApi(client: ApiClient): SearchApi {
  return {
    search: ({ q, community, tag, author, from, to, limit }, signal) =>
      client.get<SearchResultsView>('/search', {
        query: {
          q,
          community,
          tag,
          author,
          from,
          to,
          limit: typeof limit === 'number' ? limit : undefined,
        },
        ...(signal === undefined ? {} : { signal }),
      }),
  };
}
