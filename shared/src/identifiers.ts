import { MAX_DOCUMENT_ID_LENGTH } from './limits.js';
import { stripBidiControls } from './text.js';

/*
 * The rules for identifiers and tags as plain functions, without zod: the zod schemas in
 * `schemas/` and `api/requests.ts` build on these, and the browser's first screens use them
 * directly so that zod loads only with the forms that need its error messages.
 */

/** A community's slug: lower-case letters, digits and dashes, 1–48 characters, no dash at an end. */
export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$/;
/** An opaque server-generated id (users, tokens, invitations). */
export const ENTITY_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
/** The characters of a document id (its length is bounded by `MAX_DOCUMENT_ID_LENGTH`). */
export const DOCUMENT_ID_PATTERN = /^[A-Za-z0-9_-]+$/;
/** A tag after normalising: starts with a letter or digit; letters, digits, spaces, `-`, `_`. */
export const TAG_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N} _-]{0,39}$/u;

/** A validated document id. */
export type DocumentId = string;

/** True when `value` is a valid community slug. */
export function isSlug(value: string): boolean {
  return SLUG_PATTERN.test(value);
}

/** True when `value` is a valid server-generated id. */
export function isEntityId(value: string): boolean {
  return ENTITY_ID_PATTERN.test(value);
}

/** True when `value` is a valid document id (1–64 URL-safe characters). */
export function isDocumentId(value: string): value is DocumentId {
  return (
    value.length >= 1 && value.length <= MAX_DOCUMENT_ID_LENGTH && DOCUMENT_ID_PATTERN.test(value)
  );
}

/** A tag as it is stored: bidirectional controls removed, trimmed, lower-case. */
export function normaliseTag(value: string): string {
  return stripBidiControls(value).trim().toLowerCase();
}

/** The stored form of `value` when it is a valid tag, otherwise null. */
export function parseTag(value: string): string | null {
  const tag = normaliseTag(value);
  return TAG_PATTERN.test(tag) ? tag : null;
}
