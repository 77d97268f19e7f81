import * as Y from 'yjs';
import type { Caller } from '../auth/Caller.js';
import { can } from '../auth/permissions.js';
import type { CommunityService } from '../communities/CommunityService.js';
import { DomainError } from '../domainError.js';
import type { LiveDocuments } from '../history/VersionService.js';
import type { DocumentStorage } from '../storage/DocumentStorage.js';
import type { DocumentRecord } from '../storage/meta/records.js';
import type { ImportedDocument, ImportedPage } from '../transfer/index.js';
import { loadTransfer } from '../transfer/loadTransfer.js';
import { documentResource, type DocumentDirectory } from './DocumentDirectory.js';

/** Formats a document can be exported in. */
export const EXPORT_FORMATS = ['md', 'html', 'docx'] as const;
/** An export format. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A file to send. */
export interface ExportedFile {
  readonly contentType: string;
  readonly fileName: string;
  readonly body: Buffer | string;
}

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const ZIP_TYPES = ['application/zip', 'application/x-zip-compressed'];
const MARKDOWN_TYPES = ['text/markdown', 'text/x-markdown', 'text/plain'];

/** Import of Markdown (file or zip with folders) and DOCX; export as Markdown, HTML, DOCX, zip. */
export class DocumentTransfer {
  constructor(
    private readonly documents: DocumentDirectory,
    private readonly communities: CommunityService,
    private readonly storage: DocumentStorage,
    private readonly live: LiveDocuments,
  ) {}

  /**
   * Creates pages from an upload under `parentId` (or at the top): a Markdown file, a zip of
   * Markdown files whose folders become the page tree, or a DOCX. Returns the pages created.
   */
  async import(
    caller: Caller,
    slug: string,
    upload: { contentType: string; body: Buffer; fileName: string | null; parentId: string | null },
  ): Promise<DocumentRecord[]> {
    await this.communities.require(caller, slug, 'document.create');
    const type = upload.contentType.split(';')[0]!.trim().toLowerCase();
    const { importMarkdownZip, docxToDoc, markdownToDoc, docToYDoc } = await loadTransfer();
    const fallbackTitle = upload.fileName?.replace(/\.[^.]+$/, '') ?? '';
    let pages: ImportedPage[];
    if (ZIP_TYPES.includes(type)) {
      pages = importMarkdownZip(upload.body);
    } else if (type === DOCX_TYPE) {
      pages = [asPage(await docxToDoc(upload.body), fallbackTitle)];
    } else if (MARKDOWN_TYPES.includes(type)) {
      pages = [asPage(markdownToDoc(upload.body.toString('utf8')), fallbackTitle)];
    } else {
      throw new DomainError(
        400,
        'unsupported_type',
        'Import takes Markdown (.md), a zip of Markdown files, or DOCX.',
      );
    }
    const created: DocumentRecord[] = [];
    const add = async (page: ImportedPage, parentId: string | null): Promise<void> => {
      const { document } = await this.documents.create(caller, slug, {
        title: page.title,
        parentId,
      });
      const ydoc = docToYDoc(page.doc, page.title);
      await this.storage.appendUpdate(document.id, Y.encodeStateAsUpdate(ydoc));
      ydoc.destroy();
      created.push({ ...document, title: page.title });
      for (const child of page.children) await add(child, document.id);
    };
    for (const page of pages) await add(page, upload.parentId);
    for (const page of created) await this.documents.touch(page.id, page.title, caller.userId);
    return created;
  }

  /** One document as a file. */
  async exportDocument(caller: Caller, id: string, format: ExportFormat): Promise<ExportedFile> {
    await this.documents.require(caller, id, 'document.read');
    const { title, doc } = await this.contentOf(id);
    const { docToMarkdown, docToHtml, docToDocx, safeFileName } = await loadTransfer();
    const fileNameOf = (extension: string) => `${safeFileName(title)}.${extension}`;
    switch (format) {
      case 'md':
        return {
          contentType: 'text/markdown; charset=utf-8',
          fileName: fileNameOf('md'),
          body: docToMarkdown(doc, title),
        };
      case 'html':
        return {
          contentType: 'text/html; charset=utf-8',
          fileName: fileNameOf('html'),
          body: docToHtml(doc, title),
        };
      case 'docx':
        return {
          contentType: DOCX_TYPE,
          fileName: fileNameOf('docx'),
          body: await docToDocx(doc, title),
        };
    }
  }

  /** Every page of a community the caller may read, as a zip of Markdown files in folders. */
  async exportCommunity(caller: Caller, slug: string): Promise<ExportedFile> {
    const community = await this.communities.require(caller, slug, 'community.read');
    const readable = (await this.documents.inCommunity(community.id)).filter((page) =>
      can(caller.actor, 'document.read', documentResource(page)),
    );
    const pages = [];
    for (const page of readable) {
      const { title, doc } = await this.contentOf(page.id);
      pages.push({ id: page.id, title: title || page.title, parentId: page.parentId ?? null, doc });
    }
    const { exportTree } = await loadTransfer();
    return {
      contentType: 'application/zip',
      fileName: `${community.slug}.zip`,
      body: exportTree(pages),
    };
  }

  private async contentOf(id: string): Promise<ImportedDocument> {
    const { yDocToDoc } = await loadTransfer();
    return this.live.with(id, (document) => document.read((doc) => yDocToDoc(doc)));
  }
}

function asPage(document: ImportedDocument, fallbackTitle: string): ImportedPage {
  return { path: '', title: document.title || fallbackTitle, doc: document.doc, children: [] };
}
