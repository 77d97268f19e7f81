import { isDocumentId, type DocumentId } from '@kring/shared';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
/** Length of generated ids: 21 characters of 64 symbols, 126 bits of randomness. */
export const GENERATED_ID_LENGTH = 21;

/** A new random, URL-safe document id. */
export function newDocumentId(): DocumentId {
  const bytes = crypto.getRandomValues(new Uint8Array(GENERATED_ID_LENGTH));
  // 64 symbols divide 256 evenly, so masking keeps the distribution uniform.
  return Array.from(bytes, (byte) => ALPHABET[byte & 63]).join('');
}

/**
 * Reads a document id from what a person pasted: a full link (`https://host/d/<id>`), a path
 * (`/d/<id>`) or a bare id. Returns null when no valid id can be found.
 */
export function documentIdFromInput(input: string): DocumentId | null {
  const text = input.trim();
  let path = text;
  if (text === '') return null;
  if (isDocumentId(text)) return text;
  try {
    path = new URL(text).pathname;
  } catch {
    // Not an absolute URL: treat it as a path.
  }
  const match = /^\/?d\/([^/?#]+)\/?$/.exec(path);
  const candidate = match?.[1];
  if (candidate === undefined) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(candidate);
  } catch {
    return null;
  }
  return isDocumentId(decoded) ? decoded : null;
}
