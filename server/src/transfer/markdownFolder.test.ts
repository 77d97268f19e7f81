import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { normalizeArchivePath, safeFileName } from './archivePaths.js';
import { plainText, type NodeJson } from './docJson.js';
import { MAX_ARCHIVE_FILES, MAX_UNPACKED_BYTES } from './limits.js';
import {
  exportTree,
  importMarkdownFiles,
  importMarkdownZip,
  type ExportPage,
  type ImportedPage,
} from './markdownFolder.js';
import { markdownToDoc } from './markdownToDoc.js';
import { readZip } from './zipArchive.js';

/** The tree as `title` strings, children indented. */
function outline(pages: readonly ImportedPage[], depth = 0): string[] {
  return pages.flatMap((page) => [
    `${'  '.repeat(depth)}${page.title}`,
    ...outline(page.children, depth + 1),
  ]);
}

const para = (text: string): NodeJson => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

describe('Markdown folder import', () => {
  it('builds the page tree from the folder nesting', () => {
    const pages = importMarkdownFiles([
      { path: 'Handbook.md', content: '# The handbook\n\nWelcome.' },
      { path: 'Handbook/Onboarding.md', content: 'First day.' },
      { path: 'Handbook/Tools/index.md', content: '# Tools\n\nOverview.' },
      { path: 'Handbook/Tools/Editor.md', content: '# Editor\n\n- tips' },
      { path: 'Notes/2. Second.md', content: 'b' },
      { path: 'Notes/10. Tenth.md', content: 'c' },
      { path: './Readme.markdown', content: 'top' },
      { path: 'Handbook/picture.png', content: 'not markdown' },
      { path: '.git/config.md', content: 'hidden' },
      { path: '__MACOSX/Handbook/._Onboarding.md', content: 'junk' },
    ]);
    expect(outline(pages)).toEqual([
      'The handbook',
      '  Onboarding',
      '  Tools',
      '    Editor',
      'Notes',
      '  2. Second',
      '  10. Tenth',
      'Readme',
    ]);
    const [handbook, notes] = pages;
    expect(handbook?.path).toBe('Handbook.md');
    expect(plainText(handbook?.doc ?? { type: 'x' })).toBe('Welcome.');
    expect(handbook?.children[1]?.path).toBe('Handbook/Tools/index.md');
    expect(notes).toMatchObject({
      path: 'Notes',
      doc: { type: 'doc', content: [{ type: 'paragraph' }] },
    });
  });

  it('imports a zip archive, with Windows separators', () => {
    const zip = zipSync({
      'Guide.md': strToU8('# Guide'),
      'Guide\\Part one.md': strToU8('# Part one\n\n| a | b |\n|---|---|\n| 1 | 2 |'),
      'empty-folder/': new Uint8Array(),
    });
    const pages = importMarkdownZip(zip);
    expect(outline(pages)).toEqual(['Guide', '  Part one']);
    expect(pages[0]?.children[0]?.doc.content?.[0]?.type).toBe('table');
  });

  it.each([
    ['../evil.md'],
    ['a/../../evil.md'],
    ['..\\evil.md'],
    ['/etc/evil.md'],
    ['C:/evil.md'],
    ['a/\u0000.md'],
  ])('rejects the zip-slip path %j', (path) => {
    const zip = zipSync({ 'fine.md': strToU8('ok'), [path]: strToU8('evil') });
    expect(() => importMarkdownZip(zip)).toThrow(expect.objectContaining({ code: 'unsafe_path' }));
    expect(() => importMarkdownFiles([{ path, content: 'evil' }])).toThrow(
      expect.objectContaining({ code: 'unsafe_path' }),
    );
  });

  it('rejects too many files, too deep folders and broken archives', () => {
    const many = Object.fromEntries(
      Array.from({ length: MAX_ARCHIVE_FILES + 1 }, (_, i) => [`f${i}.md`, strToU8('x')]),
    );
    expect(() => readZip(zipSync(many))).toThrow(
      expect.objectContaining({ code: 'too_many_files' }),
    );
    const deep = `${Array.from({ length: 40 }, () => 'd').join('/')}/x.md`;
    expect(() => importMarkdownFiles([{ path: deep, content: 'x' }])).toThrow(
      expect.objectContaining({ code: 'too_deep' }),
    );
    expect(() => importMarkdownZip(strToU8('PK not really'))).toThrow(
      expect.objectContaining({ code: 'invalid_archive' }),
    );
  });

  it('refuses an archive that claims to expand beyond the limit before inflating it', () => {
    const zip = zipSync({ 'bomb.md': strToU8('x'.repeat(1000)) });
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const central = zip.findIndex((_, i) => view.getUint32(i, true) === 0x02014b50);
    view.setUint32(central + 24, MAX_UNPACKED_BYTES + 1, true); // uncompressed size
    expect(() => readZip(zip)).toThrow(expect.objectContaining({ code: 'too_large' }));
  });
});

describe('Community export', () => {
  const pages: ExportPage[] = [
    { id: 'a', title: 'Handbook', parentId: null, doc: para('Welcome.') },
    { id: 'b', title: 'Onboarding', parentId: 'a', doc: para('First day.') },
    { id: 'c', title: 'Tools: editor/IDE?', parentId: 'a', doc: para('Tips.') },
    { id: 'd', title: 'Deeper', parentId: 'c', doc: para('Deep.') },
    { id: 'e', title: 'handbook', parentId: null, doc: para('Same name, other case.') },
    { id: 'f', title: '', parentId: 'missing', doc: para('No title.') },
    { id: 'g', title: '../../etc/passwd', parentId: null, doc: para('Hostile title.') },
    { id: 'h', title: 'Loop one', parentId: 'i', doc: para('1') },
    { id: 'i', title: 'Loop two', parentId: 'h', doc: para('2') },
  ];

  it('writes Markdown files in folders that follow the tree, with safe unique names', () => {
    const files = unzipSync(new Uint8Array(exportTree(pages)));
    expect(Object.keys(files).sort()).toEqual(
      [
        'Handbook.md',
        'Handbook/Onboarding.md',
        'Handbook/Tools- editor-IDE-.md',
        'Handbook/Tools- editor-IDE-/Deeper.md',
        'handbook (2).md',
        'untitled.md',
        '-..-etc-passwd.md',
        'Loop one.md',
        'Loop one/Loop two.md',
      ].sort(),
    );
    expect(strFromU8(files['Handbook/Onboarding.md'] ?? new Uint8Array())).toBe(
      '# Onboarding\n\nFirst day.\n',
    );
    for (const path of Object.keys(files)) expect(normalizeArchivePath(path)).toBe(path);
  });

  it('imports back as the same tree', () => {
    const tree = importMarkdownZip(new Uint8Array(exportTree(pages.slice(0, 4))));
    expect(outline(tree)).toEqual([
      'Handbook',
      '  Onboarding',
      '  Tools: editor/IDE?',
      '    Deeper',
    ]);
    expect(tree[0]?.doc).toEqual(markdownToDoc('Welcome.').doc);
  });

  it('makes file names safe on every system', () => {
    expect(safeFileName('  .hidden  ')).toBe('hidden');
    expect(safeFileName('CON')).toBe('CON_');
    expect(safeFileName('a\u0000b\\c')).toBe('a-b-c');
    expect(safeFileName('x'.repeat(300))).toHaveLength(80);
    expect(safeFileName('trailing dots...')).toBe('trailing dots');
  });
});
