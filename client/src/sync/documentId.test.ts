import { describe, expect, it } from 'vitest';
import { isDocumentId } from '@kring/shared';
import { documentIdFromInput, newDocumentId, GENERATED_ID_LENGTH } from './documentId.js';

describe('newDocumentId', () => {
  it('creates valid, distinct ids', () => {
    const ids = new Set(Array.from({ length: 200 }, () => newDocumentId()));
    expect(ids.size).toBe(200);
    for (const id of ids) {
      expect(id).toHaveLength(GENERATED_ID_LENGTH);
      expect(isDocumentId(id)).toBe(true);
    }
  });
});

describe('documentIdFromInput', () => {
  it('accepts a bare id, a path and a full link', () => {
    expect(documentIdFromInput(' abc_DEF-123 ')).toBe('abc_DEF-123');
    expect(documentIdFromInput('/d/abc')).toBe('abc');
    expect(documentIdFromInput('https://kring.example/d/abc?x=1')).toBe('abc');
  });

  it('rejects anything else', () => {
    expect(documentIdFromInput('')).toBeNull();
    expect(documentIdFromInput('https://kring.example/other/abc')).toBeNull();
    expect(documentIdFromInput('/d/a b')).toBeNull();
    expect(documentIdFromInput('/d/%E0%A4%A')).toBeNull();
    expect(documentIdFromInput('x'.repeat(65))).toBeNull();
  });
});
