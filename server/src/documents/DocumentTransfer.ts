import * as Y from 'yjs';
import type { Caller } from '../auth/Caller.js';
import { can } from '../auth/permissions.js';
import type { CommunityService } from '../communities/CommunityService.js';
import { DomainError } from '../domainError.js';
import type { LiveDocuments } from '../history/VersionService.js';
import type { DocumentStorage } from '../storage/DocumentStorage.js';
import type { DocumentRecord } from '../storage/meta/records.js';
import { safeFileName } from '../transfer/archivePaths.js';
import type {
  ConvertedPage,
  ImportKind,
  StatePage,
  TransferResult,
} from '../transfer/transferJobs.js';
import type { TransferWorkers } from '../transfer/TransferWorkers.js';
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
const EXPORT_TYPES: Record<ExportFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  docx: DOCX_TYPE,
};
const ZIP_TYPES = ['application/zip', 'application/x-zip-compressed'];
const MARKDOWN_TYPES = ['text/markdown', 'text/x-markdown', 'text/plain'];

/**
 * Import of Markdown (file or zip with folders) and DOCX; export as Markdown, HTML, DOCX, zip. The
 * conversions run on the transfer worker ({@link TransferWorkers}).
 */
export class DocumentTransfer {
  constructor(
    private readonly documents: DocumentDirectory,
    private readonly communities: CommunityService,
    private readonly storage: DocumentStorage,
    private readonly live: LiveDocuments,
    private readonly workers: TransferWorkers,
  ) {}

  /**
   * Creates pages from an upload under `parentId` (or at the top): a Markdown file, a zip of
   * Markdown files whose folders become the page tree, or a DOCX. Returns the pages created. The
   * conversion runs on the transfer worker; this thread only stores its result.
   */
  async import(
    caller: Caller,
    slug: string,
    upload: { contentType: string; body: Buffer; fileName: string | null; parentId: string | null },
  ): Promise<DocumentRecord[]> {
    await this.communities.require(caller, slug, 'document.create');
    const type = upload.contentType.split(';')[0]!.trim().toLowerCase();
    const kind = importKindOf(type);
    if (kind === null) {
      throw new DomainError(
        400,
        'unsupported_type',
        'Import takes Markdown (.md), a zip of Markdown files, or DOCX.',
      );
    }
    const fallbackTitle = upload.fileName?.replace(/\.[^.]+$/, '') ?? '';
    const result = await this.workers.run({ op: 'import', kind, body: upload.body, fallbackTitle });
    if (result.op !== 'import') throw new Error('The transfer worker answered an import wrongly.');
    const created: DocumentRecord[] = [];
    const add = async (page: ConvertedPage, parentId: string | null): Promise<void> => {
      const { document } = await this.documents.create(caller, slug, {
        title: page.title,
        parentId,
      });
      await this.storage.appendUpdate(document.id, page.update);
      created.push({ ...document, title: page.title });
      for (const child of page.children) await add(child, document.id);
    };
    for (const page of result.pages) await add(page, upload.parentId);
    for (const page of created) await this.documents.touch(page.id, page.title, caller.userId);
    return created;
  }

  /** One document as a file. */
  async exportDocument(caller: Caller, id: string, format: ExportFormat): Promise<ExportedFile> {
    await this.documents.require(caller, id, 'document.read');
    const state = await this.stateOf(id);
    const { title, body } = exported(await this.workers.run({ op: 'exportPage', format, state }));
    const fileName = `${safeFileName(title)}.${format}`;
    return { contentType: EXPORT_TYPES[format], fileName, body: Buffer.from(body) };
  }

  /** Every page of a community the caller may read, as a zip of Markdown files in folders. */
  async exportCommunity(caller: Caller, slug: string): Promise<ExportedFile> {
    const community = await this.communities.require(caller, slug, 'community.read');
    const readable = (await this.documents.inCommunity(community.id)).filter((page) =>
      can(caller.actor, 'document.read', documentResource(page)),
    );
    const pages: StatePage[] = [];
    for (const page of readable) {
      pages.push({
        id: page.id,
        title: page.title,
        parentId: page.parentId ?? null,
        state: await this.stateOf(page.id),
      });
    }
    const { body } = exported(await this.workers.run({ op: 'exportTree', pages }));
    return {
      contentType: 'application/zip',
      fileName: `${community.slug}.zip`,
      body: Buffer.from(body),
    };
  }

  private stateOf(id: string): Promise<Uint8Array> {
    return this.live.with(id, (document) => document.read((doc) => Y.encodeStateAsUpdate(doc)));
  }
}

function importKindOf(type: string): ImportKind | null {
  if (ZIP_TYPES.includes(type)) return 'zip';
  if (type === DOCX_TYPE) return 'docx';
  if (MARKDOWN_TYPES.includes(type)) return 'markdown';
  return null;
}

function exported(result: TransferResult): { title: string; body: Uint8Array } {
  if (result.op !== 'export') throw new Error('The transfer worker answered an export wrongly.');
  return result;
}
