import { CSRF_HEADER } from '@kring/shared';
import { errorFromResponse, networkError } from './ApiError.js';
import type { ApiClient } from './ApiClient.js';

/** Files the import accepts, by extension, with the content type to send them as. */
export const IMPORT_TYPES: Readonly<Record<string, string>> = {
  md: 'text/markdown',
  markdown: 'text/markdown',
  zip: 'application/zip',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** The `accept` attribute of a file input for the import. */
export const IMPORT_ACCEPT = Object.keys(IMPORT_TYPES)
  .map((extension) => `.${extension}`)
  .join(',');

/** The content type to import a file as (by its extension), or null when it cannot be imported. */
export function importContentType(fileName: string): string | null {
  const extension = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase();
  return extension === undefined ? null : (IMPORT_TYPES[extension] ?? null);
}

/** Options of {@link uploadFile}. */
export interface UploadOptions {
  readonly contentType: string;
  /** Called with the fraction sent (0–1) while uploading. */
  readonly onProgress?: (fraction: number) => void;
  readonly signal?: AbortSignal;
}

/**
 * POSTs a file as the raw request body (with its content type and the CSRF token) and returns
 * the JSON answer. XMLHttpRequest, not fetch, because only it reports upload progress.
 */
export async function uploadFile<T>(
  client: ApiClient,
  url: string,
  file: Blob,
  options: UploadOptions,
): Promise<T> {
  const csrf = await client.csrfTokenForUpload();
  return new Promise<T>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    request.withCredentials = true;
    request.setRequestHeader('content-type', options.contentType);
    request.setRequestHeader('accept', 'application/json');
    if (csrf !== null) request.setRequestHeader(CSRF_HEADER, csrf);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0)
        options.onProgress?.(event.loaded / event.total);
    };
    request.onload = () => {
      let body: unknown;
      try {
        body =
          request.responseText === '' ? undefined : (JSON.parse(request.responseText) as unknown);
      } catch {
        body = undefined;
      }
      if (request.status >= 200 && request.status < 300) resolve(body as T);
      else reject(errorFromResponse(request.status, body));
    };
    request.onerror = () => reject(networkError(new Error('upload failed')));
    request.onabort = () => reject(networkError(new Error('upload aborted')));
    options.signal?.addEventListener('abort', () => request.abort());
    request.send(file);
  });
}
