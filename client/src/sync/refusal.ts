import { CLOSE_DOCUMENT_DELETED, CLOSE_FORBIDDEN, CLOSE_UNAUTHORIZED } from '@kring/shared';

/**
 * Why the server refused a document, as far as the page must react to it:
 * - `unauthenticated` (4401): sign in again, then come back;
 * - `forbidden` (4403): no access (or no such document), the content is not shown;
 * - `deleted` (4410): the document was deleted;
 * - `other`: another permanent refusal, explained in the status line.
 */
export type RefusalKind = 'unauthenticated' | 'forbidden' | 'deleted' | 'other';

/** Classifies a permanent close code; null when there was no refusal. */
export function refusalKind(code: number | null): RefusalKind | null {
  if (code === null) return null;
  if (code === CLOSE_UNAUTHORIZED.code) return 'unauthenticated';
  if (code === CLOSE_FORBIDDEN.code) return 'forbidden';
  if (code === CLOSE_DOCUMENT_DELETED.code) return 'deleted';
  return 'other';
}
