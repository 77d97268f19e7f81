import { z } from 'zod';
import { MAX_DOCUMENT_ID_LENGTH } from '../limits.js';

/**
 * A document id: 1–64 characters from the URL-safe alphabet `A–Z a–z 0–9 _ -`. Clients generate
 * them (offline-first), so they must be safe in URLs, LevelDB keys and file names as they are.
 */
export const documentIdSchema = z
  .string()
  .min(1)
  .max(MAX_DOCUMENT_ID_LENGTH)
  .regex(/^[A-Za-z0-9_-]+$/, 'only letters, digits, "_" and "-" are allowed');

/** A validated document id. */
export type DocumentId = z.infer<typeof documentIdSchema>;

/** True when `value` is a valid document id. */
export function isDocumentId(value: string): value is DocumentId {
  return documentIdSchema.safeParse(value).success;
}
