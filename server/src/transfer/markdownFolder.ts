import { strFromU8, strToU8 } from 'fflate';
import { normalizeArchivePath, safeFileName, uniqueName } from './archivePaths.js';
import { emptyDoc, type NodeJson } from './docJson.js';
import { docToMarkdown } from './docToMarkdown.js';
import { withImageSources } from './embeddedImages.js';
import { MAX_ARCHIVE_FILES, MAX_TREE_DEPTH, MAX_UNPACKED_BYTES } from './limits.js';
import { markdownToDoc } from './markdownToDoc.js';
import { TransferError } from './TransferError.js';
import { readZip, writeZip, type ArchiveEntry } from './zipArchive.js';

/** A file of an uploaded folder or archive. */
export interface SourceFile {
  /** Path inside the folder, `/`-separated (`Handbook/Intro.md`). */
  path: string;
  content: string;
}

/** A page imported from a folder: its source path, title, content and child pages. */
export interface ImportedPage {
  /** The Markdown file it came from, or the folder for a page made up for a folder. */
  path: string;
  title: string;
  doc: NodeJson;
  children: ImportedPage[];
}

/** A page of a community to export. */
export interface ExportPage {
  id: string;
  title: string;
  /** The parent page's id; `null` (or an id not in the list) for a top-level page. */
  parentId: string | null;
  doc: NodeJson;
}

const MARKDOWN = /\.(md|markdown)$/i;

interface Folder {
  files: Map<string, SourceFile>;
  folders: Map<string, Folder>;
}

/**
 * Builds a page tree from Markdown files, keeping the folder nesting. A folder `a/` becomes the
 * parent page of its files; its own text comes from `a.md` beside it, else `a/index.md`, else it
 * is an empty page titled `a`. A file's leading `# Heading` is its title, else its file name.
 * Files other than `.md`/`.markdown`, hidden files and `__MACOSX/` are ignored; siblings are
 * sorted by name (numbers in natural order).
 * @throws TransferError `too_many_files`, `too_large`, `unsafe_path`, `too_deep`.
 */
export function importMarkdownFiles(files: readonly SourceFile[]): ImportedPage[] {
  if (files.length > MAX_ARCHIVE_FILES) {
    throw new TransferError('too_many_files', `More than ${MAX_ARCHIVE_FILES} files.`);
  }
  const total = files.reduce((sum, file) => sum + Buffer.byteLength(file.content, 'utf8'), 0);
  if (total > MAX_UNPACKED_BYTES) {
    throw new TransferError('too_large', `Files larger than ${MAX_UNPACKED_BYTES} bytes together.`);
  }
  const root: Folder = { files: new Map(), folders: new Map() };
  for (const file of files) {
    const path = normalizeArchivePath(file.path);
    const segments = path.split('/');
    if (!MARKDOWN.test(path) || segments.some((s) => s.startsWith('.') || s === '__MACOSX'))
      continue;
    const name = segments.pop() ?? '';
    let folder = root;
    for (const segment of segments) {
      let next = folder.folders.get(segment);
      if (!next) folder.folders.set(segment, (next = { files: new Map(), folders: new Map() }));
      folder = next;
    }
    if (!folder.files.has(name)) folder.files.set(name, { path, content: file.content });
  }
  return pagesOf(root, '');
}

/**
 * Imports a zip archive of Markdown files as a page tree, see {@link importMarkdownFiles}.
 * @throws TransferError as {@link readZip} and {@link importMarkdownFiles}.
 */
export function importMarkdownZip(archive: Uint8Array): ImportedPage[] {
  const files = readZip(archive)
    .filter((entry) => MARKDOWN.test(entry.path))
    .map((entry) => ({ path: entry.path, content: strFromU8(entry.data) }));
  return importMarkdownFiles(files);
}

function pagesOf(folder: Folder, prefix: string): ImportedPage[] {
  const files = new Map(folder.files);
  const pages: ImportedPage[] = [];
  for (const [name, sub] of folder.folders) {
    const sibling = [...files.keys()].find((file) => file.replace(MARKDOWN, '') === name);
    const index = [...sub.files.keys()].find((file) => /^index\.(md|markdown)$/i.test(file));
    const source =
      sibling !== undefined
        ? files.get(sibling)
        : index !== undefined
          ? sub.files.get(index)
          : undefined;
    if (sibling !== undefined) files.delete(sibling);
    else if (index !== undefined) sub.files.delete(index);
    const children = pagesOf(sub, `${prefix}${name}/`);
    if (source) pages.push({ ...pageOf(source, name), children });
    else if (children.length > 0)
      pages.push({ path: `${prefix}${name}`, title: name, doc: emptyDoc(), children });
  }
  for (const [name, file] of files) pages.push(pageOf(file, name.replace(MARKDOWN, '')));
  return pages.sort((a, b) => a.path.localeCompare(b.path, undefined, { numeric: true }));
}

function pageOf(file: SourceFile, fallbackTitle: string): ImportedPage {
  const { title, doc } = markdownToDoc(file.content);
  return { path: file.path, title: title || fallbackTitle, doc, children: [] };
}

/**
 * Exports pages as a zip of Markdown files that keeps the tree: a page is `Title.md`; a page
 * with children also gets a folder `Title/` holding theirs (which {@link importMarkdownFiles}
 * reads back as the same tree). File names are made safe and unique per folder. A parent id that
 * is unknown, or a cycle, makes a page top-level.
 * @throws TransferError `too_deep` beyond {@link MAX_TREE_DEPTH} levels; `invalid_document`.
 */
export function exportTree(
  pages: readonly ExportPage[],
  options: {
    mtime?: Date;
    /** Image `src` → file name in the archive's top-level `assets/` folder. */
    assets?: ReadonlyMap<string, string>;
    /** Further files to add (the assets themselves). */
    files?: readonly ArchiveEntry[];
  } = {},
): Buffer {
  const ids = new Set(pages.map((page) => page.id));
  const childrenOf = new Map<string | null, ExportPage[]>();
  for (const page of pages) {
    const parent =
      page.parentId !== null && ids.has(page.parentId) && page.parentId !== page.id
        ? page.parentId
        : null;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), page]);
  }
  const entries: { path: string; data: Uint8Array }[] = [];
  const written = new Set<string>();
  const takenIn = new Map<string, Set<string>>();
  // The assets folder is the archive's own: no top-level page may take its name.
  if (options.assets && options.assets.size > 0) takenIn.set('', new Set(['assets']));
  const docFor = (page: ExportPage, dir: string) => {
    if (!options.assets || options.assets.size === 0) return page.doc;
    const up = '../'.repeat(dir.split('/').length - 1);
    const sources = new Map([...options.assets].map(([src, name]) => [src, `${up}assets/${name}`]));
    return withImageSources(page.doc, sources);
  };
  const writeLevel = (siblings: readonly ExportPage[], dir: string, depth: number): void => {
    if (depth > MAX_TREE_DEPTH)
      throw new TransferError('too_deep', `Pages nested deeper than ${MAX_TREE_DEPTH} levels.`);
    const taken = takenIn.get(dir) ?? new Set<string>();
    takenIn.set(dir, taken);
    for (const page of siblings) {
      if (written.has(page.id)) continue;
      written.add(page.id);
      const name = uniqueName(safeFileName(page.title), taken);
      entries.push({
        path: `${dir}${name}.md`,
        data: strToU8(docToMarkdown(docFor(page, dir), page.title)),
      });
      const children = (childrenOf.get(page.id) ?? []).filter((child) => !written.has(child.id));
      if (children.length > 0) writeLevel(children, `${dir}${name}/`, depth + 1);
    }
  };
  writeLevel(childrenOf.get(null) ?? [], '', 0);
  // Pages in a parent cycle were never reached from the top: they become top-level pages.
  const orphans = pages.filter((page) => !written.has(page.id));
  if (orphans.length > 0) writeLevel(orphans, '', 0);
  return writeZip([...entries, ...(options.files ?? [])], options);
}
