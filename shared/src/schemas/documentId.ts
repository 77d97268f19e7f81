import { z } from 'zod';
import { DOCUMENT_ID_PATTERN } from '../identifiers.js';
import { MAX_DOCUMENT_ID_LENGTH } from '../limits.js';

/**
 * A document id: 1–64 characters from the URL-safe alphabet `A–Z a–z 0–9 _ -`. Clients generate
 * them (offline-first), so they must be safe in URLs, LevelDB keys and file names as they are.
 * The same rule without zod is `isDocumentId`.
 */
export const documentIdSchema = z
  .string()
  .min(1)
  .max(MAX_DOCUMENT_ID_LENGTH)
  .regex(DOCUMENT_ID_PATTERN, 'only letters, digits, "_" and "-" are allowed');
