import type { Readable } from 'node:stream';
import { MAX_FILE_NAME_LENGTH, stripBidiControls } from '@kring/shared';
import type { AuditLog } from '../audit/AuditLog.js';
import type { Caller } from '../auth/Caller.js';
import { can } from '../auth/permissions.js';
import { newId } from '../auth/secrets.js';
import type { CommunityService } from '../communities/CommunityService.js';
import { documentResource, type DocumentDirectory } from '../documents/DocumentDirectory.js';
import { DomainError, forbidden, notFound } from '../domainError.js';
import type { MetaDatabase, MetaOperation } from '../storage/meta/MetaDatabase.js';
import { TableCache } from '../storage/meta/TableCache.js';
import { TABLES } from '../storage/meta/tables.js';
import { matchesSignature, SIGNATURE_BYTES } from './contentType.js';
import type { BlobStore } from './FileStore.js';

/** A stored file's metadata. */
export interface FileRecord {
  readonly id: string;
  readonly communityId: string;
  readonly documentId: string | null;
  readonly name: string;
  readonly contentType: string;
  readonly size: number;
  readonly sha256: string;
  readonly createdAt: string;
  readonly createdBy: string | null;
}

/** Upload limits (configurable). */
export interface FileLimits {
  readonly maxBytes: number;
  readonly types: readonly string[];
}

/** A file name without path parts, control characters or bidirectional controls. */
function cleanName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = stripBidiControls(base)
    // eslint-disable-next-line no-control-regex -- control characters are what is removed here
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim()
    .slice(0, MAX_FILE_NAME_LENGTH);
  return cleaned === '' ? 'file' : cleaned;
}

/**
 * Files of communities: the community's file area, and attachments of pages. Who may read the
 * community (or the page, for attachments) may download; owners and editors (writers of the page)
 * upload; the uploader and owners delete. Checked on every request.
 */
export class FileService {
  private readonly cache: TableCache<FileRecord>;

  constructor(
    private readonly db: MetaDatabase,
    private readonly store: BlobStore,
    private readonly communities: CommunityService,
    private readonly documents: DocumentDirectory,
    private readonly audit: AuditLog,
    private readonly limits: FileLimits,
    private readonly now: () => number = Date.now,
  ) {
    this.cache = new TableCache(db, [TABLES.files, TABLES.filesByCommunity]);
  }

  /** Stores an upload durably and records it; refusals leave nothing behind. */
  async upload(
    caller: Caller,
    slug: string,
    input: {
      name: string;
      contentType: string;
      documentId: string | null;
      declaredBytes: number | null;
    },
    body: Readable,
  ): Promise<FileRecord> {
    const community = await this.communities.require(caller, slug, 'community.read');
    if (input.documentId !== null) {
      const document = await this.documents.require(caller, input.documentId, 'document.write');
      if (document.communityId !== community.id) throw notFound('The document');
    } else if (!can(caller.actor, 'document.create', { type: 'community', id: community.id })) {
      throw forbidden('Readers and commenters cannot upload files.');
    }
    if (!this.limits.types.includes(input.contentType)) {
      throw new DomainError(
        415,
        'unsupported_type',
        `Files of type "${input.contentType || 'unknown'}" are not accepted here.`,
      );
    }
    if (input.declaredBytes !== null && input.declaredBytes > this.limits.maxBytes) {
      throw new DomainError(
        413,
        'too_large',
        `The file is larger than the limit of ${Math.round(this.limits.maxBytes / (1024 * 1024))} MB.`,
      );
    }
    const { sha256, size } = await this.store.put(body, this.limits.maxBytes);
    if (!matchesSignature(input.contentType, await this.store.head(sha256, SIGNATURE_BYTES))) {
      await this.forgetBlobIfUnused(sha256);
      throw new DomainError(
        415,
        'unsupported_type',
        `The file is not a real ${input.contentType}.`,
      );
    }
    const record: FileRecord = {
      id: newId(),
      communityId: community.id,
      documentId: input.documentId,
      name: cleanName(input.name),
      contentType: input.contentType,
      size,
      sha256,
      createdAt: new Date(this.now()).toISOString(),
      createdBy: caller.userId,
    };
    await this.db.write([
      { type: 'put', table: TABLES.files, key: record.id, value: record },
      {
        type: 'put',
        table: TABLES.filesByCommunity,
        key: `${community.id}!${record.id}`,
        value: record.id,
      },
      ...this.audit.operations({
        action: 'file.uploaded',
        actorId: caller.userId,
        communityId: community.id,
        documentId: input.documentId,
        details: { name: record.name, size: String(size) },
        ip: caller.ip,
      }),
    ]);
    return record;
  }

  /** Files of a community the caller may read; only one page's attachments with `documentId`. */
  async list(caller: Caller, slug: string, documentId: string | null): Promise<FileRecord[]> {
    const community = await this.communities.require(caller, slug, 'community.read');
    const records = await this.inCommunity(community.id);
    const visible = [];
    for (const record of records) {
      if (documentId !== null && record.documentId !== documentId) continue;
      if (await this.mayRead(caller, record)) visible.push(record);
    }
    return visible.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  /** Every file record of a community (unchecked; for services; cached until files change). */
  inCommunity(communityId: string): Promise<FileRecord[]> {
    return this.cache.get(communityId, async () => {
      const ids = await this.db.list<string>(TABLES.filesByCommunity, `${communityId}!`);
      const records = await Promise.all(ids.map((id) => this.db.get<FileRecord>(TABLES.files, id)));
      return records.filter((record): record is FileRecord => record !== undefined);
    });
  }

  /** A file the caller may read, with its content. */
  async open(caller: Caller, id: string): Promise<{ record: FileRecord; content: Readable }> {
    const record = await this.db.get<FileRecord>(TABLES.files, id);
    if (record === undefined || !(await this.mayRead(caller, record))) throw notFound('The file');
    return { record, content: this.store.read(record.sha256) };
  }

  /** Whether the caller may delete a file (its uploader, community owners). */
  mayDelete(caller: Caller, record: FileRecord): boolean {
    return (
      (record.createdBy !== null && record.createdBy === caller.userId) ||
      can(caller.actor, 'community.update', { type: 'community', id: record.communityId })
    );
  }

  /** Deletes a file record, and its content when no other record shares it. */
  async delete(caller: Caller, id: string): Promise<void> {
    const record = await this.db.get<FileRecord>(TABLES.files, id);
    if (record === undefined || !(await this.mayRead(caller, record))) throw notFound('The file');
    if (!this.mayDelete(caller, record)) throw forbidden();
    await this.db.write([
      { type: 'del', table: TABLES.files, key: id },
      { type: 'del', table: TABLES.filesByCommunity, key: `${record.communityId}!${id}` },
      ...this.audit.operations({
        action: 'file.deleted',
        actorId: caller.userId,
        communityId: record.communityId,
        documentId: record.documentId,
        details: { name: record.name },
        ip: caller.ip,
      }),
    ]);
    await this.forgetBlobIfUnused(record.sha256);
  }

  /** A file record by id (unchecked; for services). */
  byId(id: string): Promise<FileRecord | undefined> {
    return this.db.get<FileRecord>(TABLES.files, id);
  }

  /**
   * Deletes a purged page's attachments for good: their records, and their content unless another
   * record shares it (unchecked; the trash purge).
   */
  async purgeAttachments(documentId: string): Promise<void> {
    const attached = (await this.db.list<FileRecord>(TABLES.files)).filter(
      (record) => record.documentId === documentId,
    );
    await this.db.write(
      attached.flatMap((record): MetaOperation[] => [
        { type: 'del', table: TABLES.files, key: record.id },
        { type: 'del', table: TABLES.filesByCommunity, key: `${record.communityId}!${record.id}` },
      ]),
    );
    for (const sha256 of new Set(attached.map((record) => record.sha256)))
      await this.forgetBlobIfUnused(sha256);
  }

  /** Who may read a file: community members; for attachments, those who may read the page. */
  async mayRead(caller: Caller, record: FileRecord): Promise<boolean> {
    if (record.documentId === null) {
      return can(caller.actor, 'community.read', { type: 'community', id: record.communityId });
    }
    const document = await this.documents.byId(record.documentId);
    return document !== undefined && can(caller.actor, 'document.read', documentResource(document));
  }

  private async forgetBlobIfUnused(sha256: string): Promise<void> {
    const all = await this.db.list<FileRecord>(TABLES.files);
    if (!all.some((record) => record.sha256 === sha256)) await this.store.delete(sha256);
  }
}
