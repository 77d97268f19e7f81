import type { FileView } from '@kring/shared';
import type { ApiClient } from './ApiClient.js';
import { communityApiPath } from './communities.js';
import { uploadFile } from './upload.js';

/** Options of {@link FilesApi.upload}. */
export interface FileUploadOptions {
  /** Attach the file to this page; without it, it goes to the community's file area. */
  readonly documentId?: string | null;
  /** Content type to send; defaults to the file's own (`application/octet-stream` when unknown). */
  readonly contentType?: string;
  /** Name to store; defaults to the file's own. */
  readonly name?: string;
  /** Called with the fraction sent (0–1) while uploading. */
  readonly onProgress?: (fraction: number) => void;
  readonly signal?: AbortSignal;
}

/** Files of a community (its file area) and of pages (attachments): `/api/…/files`. */
export interface FilesApi {
  /** The file area of a community, or with `documentId` the attachments of one page. */
  list(slug: string, documentId?: string | null): Promise<FileView[]>;
  /**
   * Uploads a file as the raw request body (XMLHttpRequest: progress and the CSRF header).
   * Fails with 413 `too_large`, 415 `unsupported_type` or 403 `forbidden` as an `ApiError`.
   */
  upload(
    slug: string,
    file: Blob & { readonly name?: string },
    options?: FileUploadOptions,
  ): Promise<FileView>;
  delete(id: string): Promise<void>;
  /** Download address of a file: `/api/files/<id>` (images and PDFs open inline). */
  url(id: string): string;
  /** Address that always downloads the file (`?download`). */
  downloadUrl(id: string): string;
}

/** The {@link FilesApi} on a client. */
export function filesApi(client: ApiClient): FilesApi {
  const filesPath = (slug: string) => `${communityApiPath(slug)}/files`;
  const filePath = (id: string) => `/files/${encodeURIComponent(id)}`;
  return {
    list: (slug, documentId) =>
      client.get<FileView[]>(filesPath(slug), {
        query: { documentId: documentId ?? undefined },
      }),
    upload: (slug, file, options = {}) => {
      const name = options.name ?? file.name ?? 'file';
      const url = client.url(filesPath(slug), {
        name,
        documentId: options.documentId ?? undefined,
      });
      const contentType =
        options.contentType ?? (file.type === '' ? 'application/octet-stream' : file.type);
      return uploadFile<FileView>(client, url, file, {
        contentType,
        ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
        ...(options.signal === undefined ? {} : { signal: options.signal }),
      });
    },
    delete: (id) => client.delete(filePath(id)),
    url: (id) => client.url(filePath(id)),
    downloadUrl: (id) => `${client.url(filePath(id))}?download`,
  };
}
