import * as Y from 'yjs';
import { strToU8 } from 'fflate';
import { safeFileName } from './archivePaths.js';
import {
  embedImages,
  imageSources,
  withImageSources,
  withoutExternalImages,
  type ExternalImages,
  type ImageFile,
} from './embeddedImages.js';
import { asImportedPage } from './importedPage.js';
import { MAX_IMPORT_NODES } from './limits.js';
import type { NodeJson } from './docJson.js';
import { docToDocx } from './docToDocx.js';
import { docToHtml } from './docToHtml.js';
import { docToMarkdown } from './docToMarkdown.js';
import { docxToDoc } from './docxToDoc.js';
import { exportTree, importMarkdownZip, type ImportedPage } from './markdownFolder.js';
import { writeZip } from './zipArchive.js';
import { markdownToDoc } from './markdownToDoc.js';
import { TransferError } from './TransferError.js';
import { docToYDoc, yDocToDoc } from './yDocBridge.js';

/** What an upload to import is, by its content type. */
export type ImportKind = 'zip' | 'docx' | 'markdown';

/** A format one page exports to. */
export type PageFormat = 'md' | 'html' | 'docx';

/** An imported page, ready to store: its content as one Yjs update. */
export interface ConvertedPage {
  readonly title: string;
  readonly update: Uint8Array;
  readonly children: ConvertedPage[];
}

/** A page of a community zip export: its stored state. */
export interface StatePage {
  readonly id: string;
  readonly title: string;
  readonly parentId: string | null;
  readonly state: Uint8Array;
}

/** A conversion job, as sent to a transfer worker. */
export type TransferJob =
  | {
      readonly op: 'import';
      readonly kind: ImportKind;
      readonly body: Uint8Array;
      readonly fallbackTitle: string;
    }
  | {
      readonly op: 'exportPage';
      readonly format: PageFormat;
      readonly state: Uint8Array;
      /** The page's images from the file store, embedded (HTML, DOCX) or added as assets (Markdown). */
      readonly images: readonly ImageFile[];
      readonly externalImages: ExternalImages;
    }
  | {
      readonly op: 'exportTree';
      readonly pages: readonly StatePage[];
      readonly images: readonly ImageFile[];
    };

/** What a job answers: pages for an import, a file body for an export. */
export type TransferResult =
  | { readonly op: 'import'; readonly pages: ConvertedPage[] }
  | {
      readonly op: 'export';
      readonly title: string;
      readonly body: Uint8Array;
      /** True when a Markdown page came with assets and is therefore a zip. */
      readonly zipped: boolean;
    };

function countNodes(doc: NodeJson): number {
  let count = 0;
  const stack: NodeJson[] = [doc];
  while (stack.length > 0) {
    const node = stack.pop()!;
    count += 1;
    if (node.content) stack.push(...node.content);
  }
  return count;
}

/** Refuses an import whose pages hold more nodes than {@link MAX_IMPORT_NODES}, all together. */
function checkSize(pages: readonly ImportedPage[]): void {
  let total = 0;
  const visit = (page: ImportedPage): void => {
    total += countNodes(page.doc);
    if (total > MAX_IMPORT_NODES) {
      throw new TransferError(
        'too_complex',
        `The file holds more than ${MAX_IMPORT_NODES} paragraphs, list items, cells and text runs together.`,
      );
    }
    page.children.forEach(visit);
  };
  pages.forEach(visit);
}

function toConverted(page: ImportedPage): ConvertedPage {
  const ydoc = docToYDoc(page.doc, page.title);
  const update = Y.encodeStateAsUpdate(ydoc);
  ydoc.destroy();
  return { title: page.title, update, children: page.children.map(toConverted) };
}

function readState(state: Uint8Array): ReturnType<typeof yDocToDoc> {
  const ydoc = new Y.Doc();
  Y.applyUpdate(ydoc, state);
  const content = yDocToDoc(ydoc);
  ydoc.destroy();
  return content;
}

async function importUpload(kind: ImportKind, body: Uint8Array, fallbackTitle: string) {
  const buffer = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  let pages: ImportedPage[];
  switch (kind) {
    case 'zip':
      pages = importMarkdownZip(buffer);
      break;
    case 'docx':
      pages = [asImportedPage(await docxToDoc(buffer), fallbackTitle)];
      break;
    case 'markdown':
      pages = [asImportedPage(markdownToDoc(buffer.toString('utf8')), fallbackTitle)];
      break;
  }
  checkSize(pages);
  return pages.map(toConverted);
}

/** Asset file names (`assets/<name>`) for the images a set of documents shows, unique. */
export function assetNames(files: readonly ImageFile[]): Map<string, string> {
  const names = new Map<string, string>();
  const taken = new Set<string>();
  for (const file of files) {
    const dot = file.name.lastIndexOf('.');
    const stem = safeFileName(dot > 0 ? file.name.slice(0, dot) : file.name) || 'image';
    const extension = dot > 0 ? file.name.slice(dot + 1).replace(/[^a-z0-9]/gi, '') : 'bin';
    let name = `${stem}.${extension}`;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${stem}-${n}.${extension}`;
    taken.add(name.toLowerCase());
    names.set(file.src, name);
  }
  return names;
}

async function exportPage(
  job: Extract<TransferJob, { op: 'exportPage' }>,
): Promise<TransferResult> {
  const content = readState(job.state);
  const title = content.title;
  const doc = withoutExternalImages(content.doc, job.externalImages);
  const encode = (text: string) => new TextEncoder().encode(text);
  const shown = new Set(imageSources(doc));
  const images = job.images.filter((image) => shown.has(image.src));
  switch (job.format) {
    case 'md': {
      const markdownOf = (page: NodeJson) => docToMarkdown(page, title);
      if (images.length === 0)
        return { op: 'export', title, body: encode(markdownOf(doc)), zipped: false };
      const names = assetNames(images);
      const relative = new Map([...names].map(([src, name]) => [src, `assets/${name}`]));
      const entries = [
        {
          path: `${safeFileName(title) || 'page'}.md`,
          data: strToU8(markdownOf(withImageSources(doc, relative))),
        },
        ...images.map((image) => ({ path: `assets/${names.get(image.src)!}`, data: image.bytes })),
      ];
      return { op: 'export', title, body: writeZip(entries), zipped: true };
    }
    case 'html':
      return {
        op: 'export',
        title,
        body: encode(docToHtml(embedImages(doc, images), title)),
        zipped: false,
      };
    case 'docx':
      return {
        op: 'export',
        title,
        body: new Uint8Array(await docToDocx(embedImages(doc, images), title)),
        zipped: false,
      };
  }
}

/**
 * Runs one conversion: the work a transfer worker does (and, in unit tests, the calling thread).
 * Parsing, schema checks and Yjs encoding all happen here, so the thread that serves collaboration
 * only stores the result.
 */
export async function runTransferJob(job: TransferJob): Promise<TransferResult> {
  switch (job.op) {
    case 'import':
      return { op: 'import', pages: await importUpload(job.kind, job.body, job.fallbackTitle) };
    case 'exportPage':
      return exportPage(job);
    case 'exportTree': {
      const names = assetNames(job.images);
      const pages = job.pages.map((page) => {
        const { title, doc } = readState(page.state);
        return { id: page.id, title: title || page.title, parentId: page.parentId, doc };
      });
      const assets = job.images.map((image) => ({
        path: `assets/${names.get(image.src)!}`,
        data: image.bytes,
      }));
      return {
        op: 'export',
        title: '',
        body: exportTree(pages, { assets: names, files: assets }),
        zipped: true,
      };
    }
  }
}
