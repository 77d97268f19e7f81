import { describe, expect, it } from 'vitest';
import { documentPath, safeReturnTo } from './paths.js';

describe('documentPath', () => {
  it('is the app route of a document', () => {
    expect(documentPath('abc_-1')).toBe('/d/abc_-1');
  });
});

describe('safeReturnTo', () => {
  it.each([
    ['/d/abc', '/d/abc'],
    ['/c/pet?x=1#y', '/c/pet?x=1#y'],
    ['/communities/x?tab=1#top', '/communities/x?tab=1#top'],
  ])('keeps the path on this site %j', (input, expected) => {
    expect(safeReturnTo(input)).toBe(expected);
  });

  it.each([
    null,
    undefined,
    42,
    '',
    'd/abc',
    'relative/path',
    'https://evil.example',
    'javascript:alert(1)',
    '//evil.example',
    '/\\evil.example',
    '/\tevil',
    '/\t/evil.example',
    '/login',
    '/login?returnTo=/d/x',
    `/${'a'.repeat(3000)}`,
  ])('falls back to / for %j, which could leave the site or loop', (input) => {
    expect(safeReturnTo(input)).toBe('/');
  });
});
