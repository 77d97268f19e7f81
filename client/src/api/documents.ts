import type { DocumentAccessRequest, DocumentView } from '@kring/shared';
import type { ApiClient } from './ApiClient.js';

/** A document's metadata and permissions: `/api/documents`. Content goes over the websocket. */
export interface DocumentsApi {
  get(id: string): Promise<DocumentView>;
  /** Deletes the document; open connections close with 4410. */
  delete(id: string): Promise<void>;
  /** Who may open it: a list of member ids, or null for the whole community. */
  setAccess(id: string, request: DocumentAccessRequest): Promise<DocumentView>;
}

/** The {@link DocumentsApi} on a client. */
export function documentsApi(client: ApiClient): DocumentsApi {
  const path = (id: string) => `/documents/${encodeURIComponent(id)}`;
  return {
    get: (id) => client.get<DocumentView>(path(id)),
    delete: (id) => client.delete(path(id)),
    setAccess: (id, request) => client.put<DocumentView>(`${path(id)}/access`, request),
  };
}
