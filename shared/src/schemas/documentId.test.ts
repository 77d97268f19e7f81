import { describe, expect, it } from 'vitest';
import { isDocumentId } from './documentId.js';

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
