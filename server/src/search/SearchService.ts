import * as Y from 'yjs';
import type { SearchHitView, SearchResultsView } from '@kring/shared';
import type { Caller } from '../auth/Caller.js';
import { can } from '../auth/permissions.js';
import type { CommunityService } from '../communities/CommunityService.js';
import { documentResource, type DocumentDirectory } from '../documents/DocumentDirectory.js';
import type { Logger } from '../logger.js';
import type { DocumentStorage } from '../storage/DocumentStorage.js';
import type { DocumentRecord } from '../storage/meta/records.js';
import type { FileRecord, FileService } from '../files/FileService.js';
import { documentText, type DocumentText } from './documentText.js';

/** Index ids of files: `file:<fileId>` (document ids never contain `:`). */
const FILE_PREFIX = 'file:';
import { SearchIndex } from './SearchIndex.js';
import type { SearchIndexFile } from './SearchIndexFile.js';

/** What the search box asks. */
export interface SearchRequest {
  readonly q: string;
  readonly community?: string | undefined;
  readonly tag?: string | undefined;
  readonly author?: string | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly limit: number;
}

/** Authors recorded for a document: who made it and who changed it last. */
const authorsOf = (record: DocumentRecord): string[] =>
  [...new Set([record.createdBy, record.updatedBy ?? null])].filter(
    (id): id is string => id !== null,
  );

/**
 * Full-text search over every document, kept server-side: updated from the Yjs content after each
 * debounced flush of changes (off the hot path), persisted to `DATA_DIR/search/index.json`, and on
 * start brought up to date only for documents changed since the snapshot. Permissions are checked
 * inside the engine for every candidate, so nothing of an unreadable document leaks.
 */
export class SearchService {
  private index = SearchIndex.empty();
  private dirty = false;
  /** Text read at a flush, waiting for the metadata write that follows it. */
  private readonly pendingText = new Map<string, DocumentText>();
  private catchingUp: Promise<void> = Promise.resolve();
  /** Index updates started by {@link written} and not finished yet. */
  private readonly indexing = new Set<Promise<void>>();

  constructor(
    private readonly file: SearchIndexFile,
    private readonly documents: DocumentDirectory,
    private readonly communities: CommunityService,
    private readonly storage: DocumentStorage,
    private readonly files: FileService,
    private readonly logger: Logger,
  ) {}

  /** Makes an uploaded file findable by its name. */
  fileAdded(record: FileRecord): void {
    this.index.upsert({
      id: `${FILE_PREFIX}${record.id}`,
      communityId: record.communityId,
      title: record.name,
      body: '',
      tags: [],
      authorIds: record.createdBy === null ? [] : [record.createdBy],
      updatedAt: record.createdAt,
    });
    this.dirty = true;
  }

  /** Forgets a deleted file. */
  fileRemoved(fileId: string): void {
    this.index.remove(`${FILE_PREFIX}${fileId}`);
    this.dirty = true;
  }

  /**
   * Forgets a purged document: its entry, its attachments' entries (files no longer recorded),
   * and their terms. The snapshot follows at the next {@link save}.
   */
  async forgetDocument(documentId: string): Promise<void> {
    this.pendingText.delete(documentId);
    this.index.remove(documentId);
    for (const id of this.index.ids()) {
      if (!id.startsWith(FILE_PREFIX)) continue;
      if ((await this.files.byId(id.slice(FILE_PREFIX.length))) === undefined)
        this.index.remove(id);
    }
    await this.index.vacuum();
    this.dirty = true;
  }

  /** Loads the snapshot, then re-reads (in the background) documents changed since it was saved. */
  async start(): Promise<void> {
    this.index = (await this.file.load()) ?? SearchIndex.empty();
    this.catchingUp = this.catchUp().catch((error: unknown) =>
      this.logger.error({ err: error }, 'bringing the search index up to date failed'),
    );
  }

  /** Resolves once the start-up catch-up is done (for tests and shutdown). */
  whenCaughtUp(): Promise<void> {
    return this.catchingUp;
  }

  /** Reads a changed document's text (with the live Y.Doc, during a flush); indexed once written. */
  contentChanged(documentId: string, doc: Y.Doc): void {
    this.pendingText.set(documentId, documentText(doc));
  }

  /** The document's metadata is up to date: index the text read for it, with that metadata. */
  written(documentId: string): void {
    const text = this.pendingText.get(documentId);
    if (text === undefined) return;
    this.pendingText.delete(documentId);
    const update = this.documents.byId(documentId).then(
      (record) => {
        if (record !== undefined) this.upsert(record, text);
      },
      (error: unknown) => this.logger.error({ err: error, documentId }, 'indexing failed'),
    );
    this.indexing.add(update);
    void update.finally(() => this.indexing.delete(update));
  }

  /** Resolves once the start-up catch-up and every index update started so far are done. */
  async whenIndexed(): Promise<void> {
    await this.catchingUp;
    await Promise.all([...this.indexing]);
  }

  /** Runs a search for `caller`: only documents they may read count, in totals too. */
  async search(caller: Caller, request: SearchRequest): Promise<SearchResultsView> {
    const community = request.community
      ? await this.communities.require(caller, request.community, 'community.read')
      : null;
    const communityIds = community
      ? [community.id]
      : caller.actor.isAdmin
        ? (await this.communities.listFor(caller)).map((c) => c.id)
        : [...caller.actor.roles.keys()];
    const records = new Map<string, DocumentRecord>();
    const fileRecords = new Map<string, FileRecord>();
    for (const id of communityIds) {
      for (const record of await this.documents.inCommunity(id)) records.set(record.id, record);
      for (const file of await this.files.inCommunity(id))
        fileRecords.set(`${FILE_PREFIX}${file.id}`, file);
    }
    const readable = (record: DocumentRecord | undefined) =>
      record !== undefined && can(caller.actor, 'document.read', documentResource(record));
    const tag = request.tag?.toLowerCase();
    const results = this.index.search(request.q, {
      allowed: ({ id }) => {
        const file = fileRecords.get(id);
        if (file !== undefined) {
          return (
            tag === undefined &&
            (file.documentId === null
              ? can(caller.actor, 'community.read', { type: 'community', id: file.communityId })
              : readable(records.get(file.documentId)))
          );
        }
        const record = records.get(id);
        return (
          record !== undefined &&
          can(caller.actor, 'document.read', documentResource(record)) &&
          (tag === undefined || (record.tags ?? []).includes(tag))
        );
      },
      ...(community ? { communityId: community.id } : {}),
      ...(request.author ? { authorId: request.author } : {}),
      ...(request.from ? { updatedFrom: `${request.from}T00:00:00.000Z` } : {}),
      ...(request.to ? { updatedTo: `${request.to}T23:59:59.999Z` } : {}),
      limit: request.limit,
    });
    const names = new Map<string, { slug: string; name: string }>();
    const hits: SearchHitView[] = [];
    for (const hit of results.hits) {
      let found = names.get(hit.communityId);
      if (found === undefined) {
        const record = await this.communities.byId(hit.communityId);
        found = { slug: record?.slug ?? '', name: record?.name ?? '' };
        names.set(hit.communityId, found);
      }
      const file = fileRecords.get(hit.id);
      hits.push(
        file === undefined
          ? {
              kind: 'document',
              documentId: hit.id,
              communitySlug: found.slug,
              communityName: found.name,
              title: records.get(hit.id)?.title || hit.title,
              updatedAt: records.get(hit.id)?.updatedAt ?? '',
              snippet: hit.snippet,
            }
          : {
              kind: 'file',
              documentId: file.documentId ?? '',
              fileId: file.id,
              communitySlug: found.slug,
              communityName: found.name,
              title: file.name,
              updatedAt: file.createdAt,
              snippet: hit.snippet,
            },
      );
    }
    return { total: results.total, hits };
  }

  /**
   * Pages of `communityIds` the caller may read that match `q`, best first, with their relevance
   * (comparable within one call). Files never count. People search ranks members by these.
   */
  async matchingPages(
    caller: Caller,
    q: string,
    communityIds: readonly string[],
    limit: number,
  ): Promise<{ record: DocumentRecord; score: number }[]> {
    const records = new Map<string, DocumentRecord>();
    for (const id of communityIds) {
      for (const record of await this.documents.inCommunity(id)) records.set(record.id, record);
    }
    const results = this.index.search(q, {
      allowed: ({ id }) => {
        const record = records.get(id);
        return (
          record !== undefined &&
          record.deletedAt === null &&
          can(caller.actor, 'document.read', documentResource(record))
        );
      },
      limit,
    });
    return results.hits.flatMap((hit) => {
      const record = records.get(hit.id);
      return record === undefined ? [] : [{ record, score: hit.score }];
    });
  }

  /** Writes the index to disk when it changed since the last save. */
  async save(): Promise<void> {
    if (!this.dirty) return;
    this.dirty = false;
    await this.file.save(this.index);
  }

  private upsert(record: DocumentRecord, text: DocumentText): void {
    this.index.upsert({
      id: record.id,
      communityId: record.communityId,
      title: text.title || record.title,
      body: text.body,
      tags: record.tags ?? [],
      authorIds: authorsOf(record),
      updatedAt: record.updatedAt,
    });
    this.dirty = true;
  }

  private async textFromStorage(documentId: string): Promise<DocumentText> {
    const doc = new Y.Doc();
    for (const update of await this.storage.loadUpdates(documentId)) Y.applyUpdate(doc, update);
    const text = documentText(doc);
    doc.destroy();
    return text;
  }

  /** Indexes documents changed since the snapshot, one at a time, yielding between them. */
  private async catchUp(): Promise<void> {
    let reindexed = 0;
    for (const { id } of await this.communities.all()) {
      for (const file of await this.files.inCommunity(id)) {
        if (!this.index.has(`${FILE_PREFIX}${file.id}`)) this.fileAdded(file);
      }
      for (const record of await this.documents.inCommunity(id)) {
        if (record.deletedAt !== null) continue;
        if (this.index.updatedAtOf(record.id) === record.updatedAt) continue;
        this.upsert(record, await this.textFromStorage(record.id));
        reindexed += 1;
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    if (reindexed > 0) this.logger.info({ reindexed }, 'search index brought up to date');
  }
}
