import type { AuditEntryView } from '@kring/shared';
import type { ApiClient } from './ApiClient.js';
import { communityApiPath } from './communities.js';

/** A page of a community's audit log, newest first. */
export interface AuditPageRequest {
  /** Only entries older than this entry id (the last id of the previous page). */
  readonly before?: string;
  readonly limit?: number;
}

/** A community's audit log (owners): `/api/communities/:slug/audit`. */
export interface AuditApi {
  list(slug: string, page?: AuditPageRequest): Promise<AuditEntryView[]>;
  /** Address of the whole log as CSV, for a download link. */
  csvUrl(slug: string): string;
}

/** The {@link AuditApi} on a client. */
export function auditApi(client: ApiClient): AuditApi {
  return {
    list: (slug, page = {}) =>
      client.get<AuditEntryView[]>(`${communityApiPath(slug)}/audit`, {
        query: { before: page.before, limit: page.limit },
      }),
    csvUrl: (slug) => client.url(`${communityApiPath(slug)}/audit.csv`),
  };
}
