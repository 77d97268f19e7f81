import type { DocumentContributorsView, PeopleResultsView } from '@kring/shared';
import type { ApiClient } from './ApiClient.js';

/** "Who can I ask about …?" and who wrote a page. */
export interface PeopleApi {
  /** People ranked by what they wrote and declared, best first, each with reasons. */
  find(
    query: { readonly q: string; readonly community?: string },
    signal?: AbortSignal,
  ): Promise<PeopleResultsView>;
  /** Who contributed how much to a page, most first. */
  contributors(documentId: string): Promise<DocumentContributorsView>;
}

/** The {@link PeopleApi} on a client. */
export function peopleApi(client: ApiClient): PeopleApi {
  return {
    find: ({ q, community }, signal) =>
      client.get<PeopleResultsView>('/people', {
        query: { q, community },
        ...(signal === undefined ? {} : { signal }),
      }),
    contributors: (documentId) =>
      client.get<DocumentContributorsView>(
        `/documents/${encodeURIComponent(documentId)}/contributors`,
      ),
  };
}
