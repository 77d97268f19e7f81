import { describe, expect, it } from 'vitest';
import { IMPORT_ACCEPT, importContentType } from './upload.js';

describe('importContentType', () => {
  it('maps importable extensions to content types', () => {
    expect(importContentType('notes.md')).toBe('text/markdown');
    expect(importContentType('NOTES.MARKDOWN')).toBe('text/markdown');
    expect(importContentType('site.zip')).toBe('application/zip');
    expect(importContentType('Verslag 2025.docx')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
  });

  it('refuses other files', () => {
    expect(importContentType('image.png')).toBeNull();
    expect(importContentType('README')).toBeNull();
    expect(importContentType('old.doc')).toBeNull();
  });

  it('lists the extensions for the file input', () => {
    expect(IMPORT_ACCEPT).toBe('.md,.markdown,.zip,.docx');
  });
});
