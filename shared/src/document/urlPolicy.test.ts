import { describe, expect, it } from 'vitest';
import { ANY_ORIGIN, fileSrc, internalDocumentId } from './paths.js';
import { isAllowedHref, isAllowedImageSrc } from './urlPolicy.js';

describe('isAllowedHref', () => {
  it('allows web, mail and same-site links', () => {
    for (const href of [
      'https://example.nl',
      'http://example.nl/x?y=1',
      'MAILTO:someone@example.nl',
      '/d/abc123',
      '#heading',
    ]) {
      expect(isAllowedHref(href), href).toBe(true);
    }
  });

  it('refuses script, data and other schemes, and other hosts without a scheme', () => {
    for (const href of [
      'javascript:alert(1)',
      'java\tscript:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<script>',
      'vbscript:x',
      'ftp://example.nl',
      'tel:+31',
      '//evil.example',
      '/\\evil.example',
      '',
      'example.nl',
    ]) {
      expect(isAllowedHref(href), href).toBe(false);
    }
  });
});

describe('internalDocumentId', () => {
  it('reads the document of in-app links', () => {
    expect(internalDocumentId('/d/abc_-1')).toBe('abc_-1');
    expect(internalDocumentId('/d/abc?q=x')).toBe('abc');
    expect(internalDocumentId('https://kring.example/d/abc', 'https://kring.example')).toBe('abc');
  });

  it('ignores everything else', () => {
    expect(internalDocumentId('https://kring.example/d/abc')).toBeNull();
    expect(internalDocumentId('https://other.example/d/abc', 'https://kring.example')).toBeNull();
    expect(internalDocumentId('/c/pet')).toBeNull();
    expect(internalDocumentId('/d/a%20b')).toBeNull();
    expect(internalDocumentId('/d/abc/more')).toBeNull();
  });
});

describe('isAllowedImageSrc', () => {
  it('allows uploaded files, web images and raster data images', () => {
    for (const src of [
      fileSrc('f_123'),
      '/api/files/abc',
      'https://example.nl/a.png',
      'data:image/png;base64,iVBORw0KGgo=',
    ]) {
      expect(isAllowedImageSrc(src), src).toBe(true);
    }
  });

  it('refuses scripts, SVG data and other hosts without a scheme', () => {
    for (const src of [
      'javascript:alert(1)',
      'data:image/svg+xml;base64,PHN2Zz4=',
      'data:text/html,<script>',
      '//evil.example/a.png',
      'file:///etc/passwd',
      '',
    ]) {
      expect(isAllowedImageSrc(src), src).toBe(false);
    }
  });

  it('builds file addresses', () => {
    expect(fileSrc('a b')).toBe('/api/files/a%20b');
    expect(isAllowedHref(fileSrc('abc'))).toBe(true);
  });
});

describe('internalDocumentId on any origin', () => {
  it('reads absolute links on any http(s) host, as backlinks do', () => {
    expect(internalDocumentId('https://kring.example/d/abc?x#y', ANY_ORIGIN)).toBe('abc');
    expect(internalDocumentId('/d/abc', ANY_ORIGIN)).toBe('abc');
    expect(internalDocumentId('ftp://kring.example/d/abc', ANY_ORIGIN)).toBeNull();
  });
});
