import { buffer } from 'node:stream/consumers';
import { CONTENT_FIELD } from '@kring/shared';
import * as Y from 'yjs';
import type { Caller } from '../auth/Caller.js';
import { can } from '../auth/permissions.js';
import type { CommunityService } from '../communities/CommunityService.js';
import { DomainError } from '../domainError.js';
import type { LiveDocuments } from '../history/VersionService.js';
import type { StoredContent } from './StoredContent.js';
import type { DocumentStorage } from '../storage/DocumentStorage.js';
import type { DocumentRecord } from '../storage/meta/records.js';
import type { FileService } from '../files/FileService.js';
import { safeFileName } from '../transfer/archivePaths.js';
import type { ExternalImages, ImageFile } from '../transfer/embeddedImages.js';
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
    private readonly files?: FileService,
    private readonly stored?: StoredContent,
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
      this.stored?.written(document.id, page.update, caller.userId);
      created.push({ ...document, title: page.title });
      for (const child of page.children) await add(child, document.id);
    };
    for (const page of result.pages) await add(page, upload.parentId);
    for (const page of created) await this.documents.touch(page.id, page.title, caller.userId);
    return created;
  }

  /**
   * One document as a file, carrying its images: embedded in HTML and DOCX; for Markdown, a zip
   * with the page and an `assets/` folder when the page shows images stored in Kring. Images on
   * other sites are kept (they load when the file is opened) unless `externalImages` is `drop`.
   */
  async exportDocument(
    caller: Caller,
    id: string,
    format: ExportFormat,
    externalImages: ExternalImages = 'keep',
  ): Promise<ExportedFile> {
    await this.documents.require(caller, id, 'document.read');
    const { state, sources } = await this.stateOf(id);
    const images = await this.imageFiles(caller, sources);
    const result = exported(
      await this.workers.run({ op: 'exportPage', format, state, images, externalImages }),
    );
    const extension = result.zipped ? 'zip' : format;
    return {
      contentType: result.zipped ? 'application/zip' : EXPORT_TYPES[format],
      fileName: `${safeFileName(result.title)}.${extension}`,
      body: Buffer.from(result.body),
    };
  }

  /** Every page of a community the caller may read, as a zip of Markdown files in folders. */
  async exportCommunity(caller: Caller, slug: string): Promise<ExportedFile> {
    const community = await this.communities.require(caller, slug, 'community.read');
    const readable = (await this.documents.inCommunity(community.id)).filter((page) =>
      can(caller.actor, 'document.read', documentResource(page)),
    );
    const pages: StatePage[] = [];
    const sources = new Set<string>();
    for (const page of readable) {
      const content = await this.stateOf(page.id);
      content.sources.forEach((src) => sources.add(src));
      pages.push({ id: page.id, title: page.title, parentId: page.parentId ?? null, ...content });
    }
    const images = await this.imageFiles(caller, [...sources]);
    const { body } = exported(await this.workers.run({ op: 'exportTree', pages, images }));
    return {
      contentType: 'application/zip',
      fileName: `${community.slug}.zip`,
      body: Buffer.from(body),
    };
  }

  /** A document's state, and the `src` of each image it shows (read from the live Y.Doc). */
  private stateOf(id: string): Promise<{ state: Uint8Array; sources: string[] }> {
    return this.live.with(id, (document) =>
      document.read((doc) => ({ state: Y.encodeStateAsUpdate(doc), sources: imageSourcesOf(doc) })),
    );
  }

  /** The stored images (`/api/files/<id>`) among `sources` that the caller may read. */
  private async imageFiles(caller: Caller, sources: readonly string[]): Promise<ImageFile[]> {
    if (!this.files) return [];
    const images: ImageFile[] = [];
    for (const src of sources) {
      const id = STORED_IMAGE.exec(src)?.[1];
      if (id === undefined) continue;
      try {
        const { record, content } = await this.files.open(caller, decodeURIComponent(id));
        if (!record.contentType.startsWith('image/')) {
          content.destroy();
          continue;
        }
        images.push({
          src,
          contentType: record.contentType,
          name: record.name,
          bytes: await buffer(content),
        });
      } catch (error) {
        // A file deleted since, or one the caller may not read: the image stays out.
        if (!(error instanceof DomainError)) throw error;
      }
    }
    return images;
  }
}

/** `src` of an image stored in Kring (see `fileSrc` in `@kring/shared`). */
const STORED_IMAGE = /^\/api\/files\/([^/?#]+)$/;

function imageSourcesOf(doc: Y.Doc): string[] {
  const found = new Set<string>();
  const visit = (node: Y.XmlElement | Y.XmlFragment): void => {
    for (const child of node.toArray()) {
      if (!(child instanceof Y.XmlElement)) continue;
      const src = child.nodeName === 'image' ? child.getAttribute('src') : undefined;
      if (typeof src === 'string') found.add(src);
      visit(child);
    }
  };
  visit(doc.getXmlFragment(CONTENT_FIELD));
  return [...found];
}

function importKindOf(type: string): ImportKind | null {
  if (ZIP_TYPES.includes(type)) return 'zip';
  if (type === DOCX_TYPE) return 'docx';
  if (MARKDOWN_TYPES.includes(type)) return 'markdown';
  return null;
}

function exported(result: TransferResult): Extract<TransferResult, { op: 'export' }> {
  if (result.op !== 'export') throw new Error('The transfer worker answered an export wrongly.');
  return result;
}
