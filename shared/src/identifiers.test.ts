import { describe, expect, it } from 'vitest';
import { entityIdSchema, slugSchema, tagSchema } from './api/requests.js';
import { isDocumentId, isEntityId, isSlug, parseTag } from './identifiers.js';
import { documentIdSchema } from './schemas/documentId.js';

describe('document ids', () => {
  it('accepts URL-safe ids up to 64 characters', () => {
    expect(isDocumentId('V1StGXR8_Z5jdHi6B-myT')).toBe(true);
    expect(isDocumentId('a'.repeat(64))).toBe(true);
  });

  it.each(['', 'a'.repeat(65), 'has space', 'slash/inside', 'dot.', 'bang!', 'ü'])(
    'refuses %j',
    (id) => {
      expect(isDocumentId(id)).toBe(false);
    },
  );
});

describe('slugs and tags', () => {
  it('accepts lower-case slugs without a dash at either end', () => {
    expect(isSlug('pets-2026')).toBe(true);
    expect(isSlug('a')).toBe(true);
    expect(isSlug('-pets')).toBe(false);
    expect(isSlug('Pets')).toBe(false);
    expect(isSlug('a'.repeat(49))).toBe(false);
  });

  it('stores a tag trimmed and lower-case, and refuses punctuation', () => {
    expect(parseTag('  Privacy By Design ')).toBe('privacy by design');
    expect(parseTag('\u202Eai')).toBe('ai');
    expect(parseTag('-leading')).toBeNull();
    expect(parseTag('semi;colon')).toBeNull();
    expect(parseTag('')).toBeNull();
  });
});

describe('the zod schemas follow the same rules', () => {
  const samples = [
    '',
    'pets',
    'Pets',
    'a-b',
    '-a',
    'a_b',
    'a'.repeat(48),
    'a'.repeat(65),
    'ü',
    ' x ',
  ];

  it.each(samples)('agree on %j', (value) => {
    expect(slugSchema.safeParse(value).success).toBe(isSlug(value));
    expect(entityIdSchema.safeParse(value).success).toBe(isEntityId(value));
    expect(documentIdSchema.safeParse(value).success).toBe(isDocumentId(value));
    const tag = tagSchema.safeParse(value);
    expect(tag.success ? tag.data : null).toBe(parseTag(value));
  });
});
