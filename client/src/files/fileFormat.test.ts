import { describe, expect, it } from 'vitest';
import { MAX_FILE_NAME_LENGTH, MAX_IMAGE_BYTES } from '@kring/shared';
import {
  byteLimitIn,
  contentTypeOf,
  fileExtension,
  fileKind,
  formatFileSize,
  formatMegabytes,
  IMAGE_ACCEPT,
  imageProblem,
  isImageFile,
  previewKind,
  uploadName,
} from './fileFormat.js';

/** Intl may put a no-break space between number and unit. */
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('formatFileSize', () => {
  it('uses bytes, kB, MB and GB with one decimal below 10', () => {
    expect(plain(formatFileSize(0, 'en'))).toBe('0 bytes');
    expect(plain(formatFileSize(512, 'en'))).toBe('512 bytes');
    expect(plain(formatFileSize(1536, 'en'))).toBe('1.5 kB');
    expect(plain(formatFileSize(200 * 1024, 'en'))).toBe('200 kB');
    expect(plain(formatFileSize(3.45 * 1024 * 1024, 'en'))).toBe('3.5 MB');
    expect(plain(formatFileSize(50 * 1024 * 1024, 'en'))).toBe('50 MB');
    expect(plain(formatFileSize(1.2 * 1024 ** 3, 'en'))).toBe('1.2 GB');
  });

  it('follows the language', () => {
    expect(plain(formatFileSize(1536, 'nl'))).toBe('1,5 kB');
  });

  it('survives nonsense', () => {
    expect(plain(formatFileSize(-5, 'en'))).toBe('0 bytes');
    expect(plain(formatFileSize(Number.NaN, 'en'))).toBe('0 bytes');
  });
});

describe('formatMegabytes', () => {
  it('names limits in MB', () => {
    expect(plain(formatMegabytes(MAX_IMAGE_BYTES, 'en'))).toBe('10 MB');
    expect(plain(formatMegabytes(50 * 1024 * 1024, 'nl'))).toBe('50 MB');
    expect(plain(formatMegabytes(512 * 1024, 'en'))).toBe('0.5 MB');
  });
});

describe('contentTypeOf', () => {
  it("takes the browser's type without parameters", () => {
    expect(contentTypeOf({ name: 'a.pdf', type: 'application/pdf' })).toBe('application/pdf');
    expect(contentTypeOf({ name: 'a.txt', type: 'text/plain; charset=utf-8' })).toBe('text/plain');
  });

  it('falls back to the extension when the browser does not know', () => {
    expect(contentTypeOf({ name: 'notes.MD', type: '' })).toBe('text/markdown');
    expect(contentTypeOf({ name: 'data.csv', type: 'application/octet-stream' })).toBe('text/csv');
    expect(contentTypeOf({ name: 'plan.docx', type: '' })).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(contentTypeOf({ name: 'tool.exe', type: '' })).toBe('application/octet-stream');
    expect(contentTypeOf({ name: 'README', type: '' })).toBe('application/octet-stream');
  });
});

describe('fileExtension and fileKind', () => {
  it('reads extensions', () => {
    expect(fileExtension('Verslag 2025.PDF')).toBe('pdf');
    expect(fileExtension('archive.tar.gz')).toBe('gz');
    expect(fileExtension('README')).toBeNull();
  });

  it('sorts files into kinds', () => {
    expect(fileKind('application/pdf')).toBe('pdf');
    expect(fileKind('image/png')).toBe('image');
    expect(
      fileKind('application/vnd.openxmlformats-officedocument.wordprocessingml.document'),
    ).toBe('word');
    expect(fileKind('application/vnd.oasis.opendocument.text')).toBe('word');
    expect(fileKind('application/vnd.ms-excel', 'budget.xls')).toBe('spreadsheet');
    expect(fileKind('application/vnd.ms-excel', 'export.csv')).toBe('data');
    expect(fileKind('application/vnd.oasis.opendocument.presentation')).toBe('presentation');
    expect(fileKind('application/vnd.ms-powerpoint')).toBe('presentation');
    expect(fileKind('text/csv')).toBe('data');
    expect(fileKind('text/markdown')).toBe('text');
    expect(fileKind('application/zip')).toBe('archive');
    expect(fileKind('application/octet-stream')).toBe('other');
  });
});

describe('previewKind', () => {
  it('previews raster images and PDFs only', () => {
    expect(previewKind('image/jpeg')).toBe('image');
    expect(previewKind('application/pdf')).toBe('pdf');
    expect(previewKind('image/svg+xml')).toBeNull();
    expect(previewKind('text/plain')).toBeNull();
  });
});

describe('uploadName', () => {
  it('keeps ordinary names', () => {
    expect(uploadName('  Besluit 12-3.pdf ')).toBe('Besluit 12-3.pdf');
  });

  it('drops folders and control characters', () => {
    expect(uploadName('C:\\Users\\anna\\plan.docx')).toBe('plan.docx');
    expect(uploadName('a\u0000b.txt')).toBe('ab.txt');
    expect(uploadName('   ')).toBe('file');
  });

  it('shortens long names and keeps the extension', () => {
    const long = `${'x'.repeat(300)}.pdf`;
    const name = uploadName(long);
    expect([...name].length).toBe(MAX_FILE_NAME_LENGTH);
    expect(name.endsWith('.pdf')).toBe(true);
  });
});

describe('imageProblem', () => {
  const image = (name: string, type: string, size: number) => ({ name, type, size });

  it('accepts raster images up to the limit', () => {
    expect(imageProblem(image('a.png', 'image/png', 1000))).toBeNull();
    expect(imageProblem(image('a.jpg', '', MAX_IMAGE_BYTES))).toBeNull();
  });

  it('refuses other types, empty files and large images', () => {
    expect(imageProblem(image('a.svg', 'image/svg+xml', 10))).toBe('type');
    expect(imageProblem(image('a.pdf', 'application/pdf', 10))).toBe('type');
    expect(imageProblem(image('a.png', 'image/png', 0))).toBe('empty');
    expect(imageProblem(image('a.png', 'image/png', MAX_IMAGE_BYTES + 1))).toBe('size');
  });

  it('knows images by type or extension', () => {
    expect(isImageFile({ name: 'photo.webp', type: '' })).toBe(true);
    expect(isImageFile({ name: 'x.svg', type: 'image/svg+xml' })).toBe(true);
    expect(isImageFile({ name: 'x.pdf', type: 'application/pdf' })).toBe(false);
    expect(IMAGE_ACCEPT).toBe('image/png,image/jpeg,image/gif,image/webp');
  });
});

describe('byteLimitIn', () => {
  it('reads limits from server messages', () => {
    expect(byteLimitIn('The file is larger than 52428800 bytes.')).toBe(52428800);
    expect(byteLimitIn('Files may be at most 50 MB')).toBe(50 * 1024 * 1024);
    expect(byteLimitIn('limit: 2.5MiB')).toBe(2.5 * 1024 * 1024);
    expect(byteLimitIn('max 1 GB')).toBe(1024 ** 3);
  });

  it('gives null when no limit is named', () => {
    expect(byteLimitIn('too large')).toBeNull();
    expect(byteLimitIn('HTTP 413')).toBeNull();
  });
});
