import type { TFunction } from 'i18next';
import { ApiError } from '../api/ApiError.js';
import { apiErrorMessage } from '../forms/apiErrorMessage.js';
import {
  byteLimitIn,
  contentTypeOf,
  fileExtension,
  formatFileSize,
  formatMegabytes,
} from './fileFormat.js';

/** The file an upload was for (a `File`, or its name, type and size). */
export interface UploadedFile {
  readonly name: string;
  readonly type: string;
  readonly size: number;
}

/** A server message worth showing: one the server wrote, not our "HTTP 413" stand-in. */
function serverMessage(error: ApiError): string | null {
  const message = error.message.trim();
  return message === '' || message === error.code || /^HTTP \d+$/.test(message) ? null : message;
}

/** The type of a file as people know it: its extension (".exe"), else its content type. */
function shownType(file: UploadedFile): string {
  const extension = fileExtension(file.name);
  return extension === null ? contentTypeOf(file) : `.${extension}`;
}

/**
 * What to tell a person about a failed upload of `file`, in the current language: too large
 * (naming the limit in MB when the server's message gives it, otherwise showing that message),
 * a type that is not accepted, not allowed here, or the general API message. Status 413 and 415
 * count even without the JSON body (a proxy in front of the server may answer them).
 */
export function uploadErrorMessage(
  t: TFunction,
  error: unknown,
  file: UploadedFile,
  locale: string,
): string {
  const name = file.name;
  if (!(error instanceof ApiError))
    return t('files.errors.other', { name, message: apiErrorMessage(t, error) });
  const fromServer = serverMessage(error);
  if (error.status === 413 || error.code === 'too_large') {
    const size = formatFileSize(file.size, locale);
    const limit = fromServer === null ? null : byteLimitIn(fromServer);
    if (limit !== null) {
      return t('files.errors.tooLarge', { name, size, max: formatMegabytes(limit, locale) });
    }
    const message = t('files.errors.tooLargeNoLimit', { name, size });
    return fromServer === null
      ? message
      : `${message} ${t('files.errors.serverSays', { message: fromServer })}`;
  }
  if (error.status === 415 || error.code === 'unsupported_type') {
    const message = t('files.errors.unsupportedType', { name, type: shownType(file) });
    return fromServer === null
      ? message
      : `${message} ${t('files.errors.serverSays', { message: fromServer })}`;
  }
  if (error.code === 'forbidden') return t('files.errors.forbidden', { name });
  if (error.code === 'not_found') return t('files.errors.notFound', { name });
  return t('files.errors.other', { name, message: apiErrorMessage(t, error) });
}

/** What to tell a person about an image that cannot go into the text (checked before upload). */
export function imageProblemMessage(
  t: TFunction,
  problem: 'type' | 'size' | 'empty',
  file: UploadedFile,
  maxBytes: number,
  locale: string,
): string {
  switch (problem) {
    case 'type':
      return t('imageInsert.errors.type', { name: file.name, type: shownType(file) });
    case 'empty':
      return t('imageInsert.errors.empty', { name: file.name });
    case 'size':
      return t('imageInsert.errors.size', {
        name: file.name,
        size: formatFileSize(file.size, locale),
        max: formatMegabytes(maxBytes, locale),
      });
  }
}
