import type {
  CreateVersionRequest,
  DocumentAccessRequest,
  DocumentView,
  SaveTemplateRequest,
  TemplateView,
  UpdateDocumentRequest,
  VersionContentView,
  VersionView,
} from '@kring/shared';
import type { ApiClient } from './ApiClient.js';

/** Formats a single document can be downloaded in. */
export const EXPORT_FORMATS = ['md', 'html', 'docx'] as const;
/** One of {@link EXPORT_FORMATS}. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A document's metadata and permissions: `/api/documents`. Content goes over the websocket. */
export interface DocumentsApi {
  get(id: string): Promise<DocumentView>;
  /** Moves the document to its community's trash (with its sub-pages); connections close with 4410. */
  delete(id: string): Promise<void>;
  /** Who may open it: a list of member ids, or null for the whole community. */
  setAccess(id: string, request: DocumentAccessRequest): Promise<DocumentView>;
  /** Moves it in the page tree and/or sets its tags. */
  update(id: string, request: UpdateDocumentRequest): Promise<DocumentView>;
  /** Brings it (and the pages trashed with it) back from the trash. */
  restore(id: string): Promise<DocumentView>;
  /** Readable documents that link to it. */
  backlinks(id: string): Promise<DocumentView[]>;
  /** Saved versions, newest first. */
  versions(id: string): Promise<VersionView[]>;
  /** Saves the current content as a named version. */
  createVersion(id: string, request: CreateVersionRequest): Promise<VersionView>;
  /** A past version's content (ProseMirror JSON). */
  version(id: string, versionId: string): Promise<VersionContentView>;
  /** Makes a past version the current content (a new change, live for everyone). */
  restoreVersion(id: string, versionId: string): Promise<void>;
  /** Saves the document as a template of its community (owners). */
  saveAsTemplate(id: string, request: SaveTemplateRequest): Promise<TemplateView>;
  /** Address of a download of the document. */
  exportUrl(id: string, format: ExportFormat): string;
}

/** The {@link DocumentsApi} on a client. */
export function documentsApi(client: ApiClient): DocumentsApi {
  const path = (id: string) => `/documents/${encodeURIComponent(id)}`;
  const versionPath = (id: string, versionId: string) =>
    `${path(id)}/versions/${encodeURIComponent(versionId)}`;
  return {
    get: (id) => client.get<DocumentView>(path(id)),
    delete: (id) => client.delete(path(id)),
    setAccess: (id, request) => client.put<DocumentView>(`${path(id)}/access`, request),
    update: (id, request) => client.patch<DocumentView>(path(id), request),
    restore: (id) => client.post<DocumentView>(`${path(id)}/restore`),
    backlinks: (id) => client.get<DocumentView[]>(`${path(id)}/backlinks`),
    versions: (id) => client.get<VersionView[]>(`${path(id)}/versions`),
    createVersion: (id, request) => client.post<VersionView>(`${path(id)}/versions`, request),
    version: (id, versionId) => client.get<VersionContentView>(versionPath(id, versionId)),
    restoreVersion: (id, versionId) => client.post<void>(`${versionPath(id, versionId)}/restore`),
    saveAsTemplate: (id, request) => client.post<TemplateView>(`${path(id)}/template`, request),
    exportUrl: (id, format) => client.url(`${path(id)}/export`, { format }),
  };
}
