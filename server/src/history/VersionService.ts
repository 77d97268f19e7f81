import * as Y from 'yjs';
import type { AuditLog } from '../audit/AuditLog.js';
import type { Caller } from '../auth/Caller.js';
import type { DocumentDirectory } from '../documents/DocumentDirectory.js';
import { notFound } from '../domainError.js';
import type { MetaDatabase } from '../storage/meta/MetaDatabase.js';
import { TABLES } from '../storage/meta/tables.js';
import { docFromState, replaceContent } from './replaceContent.js';

/** A saved version as stored: the whole document state at that moment. */
export interface VersionRecord {
  readonly id: string;
  readonly documentId: string;
  readonly createdAt: string;
  readonly name: string | null;
  readonly kind: 'auto' | 'named';
  /** Accounts whose changes are in this version since the previous one. */
  readonly authorIds: readonly string[];
  /** `Y.encodeStateAsUpdate` of the document, base64. */
  readonly state: string;
}

/** A loaded document the service can read and change (the collaboration layer's). */
export interface LiveDocument {
  read<T>(reader: (doc: Y.Doc) => T): T;
  /** Applies `edit` as one change, credited to `byUserId` when given. */
  change(edit: (doc: Y.Doc) => void, byUserId?: string | null): void;
}

/** Opens a document for a moment (loading it if nobody has it open). */
export interface LiveDocuments {
  with<T>(documentId: string, work: (document: LiveDocument) => T | Promise<T>): Promise<T>;
}

/** Versions of a document: automatic and named ones; viewing and restoring them. */
export class VersionService {
  private sequence = 0;

  constructor(
    private readonly db: MetaDatabase,
    private readonly documents: DocumentDirectory,
    private readonly live: LiveDocuments,
    private readonly audit: AuditLog,
    private readonly now: () => number = Date.now,
  ) {}

  /** Versions of a document the caller may read, newest first, without their content. */
  async list(caller: Caller, documentId: string): Promise<Omit<VersionRecord, 'state'>[]> {
    await this.documents.require(caller, documentId, 'document.read');
    const records = await this.db.list<VersionRecord>(TABLES.versions, `${documentId}!`, {
      reverse: true,
    });
    return records.map(({ state: _state, ...rest }) => rest);
  }

  /** The newest version of a document, if any (unchecked; for the automatic recorder). */
  async latest(documentId: string): Promise<VersionRecord | undefined> {
    const [newest] = await this.db.list<VersionRecord>(TABLES.versions, `${documentId}!`, {
      reverse: true,
      limit: 1,
    });
    return newest;
  }

  /** Stores a version of a state (unchecked; callers decide who may). */
  async record(
    documentId: string,
    state: Uint8Array,
    options: { name?: string | null; authorIds?: readonly string[] } = {},
  ): Promise<VersionRecord> {
    const millis = this.now();
    this.sequence = (this.sequence + 1) % 0x10000;
    const version: VersionRecord = {
      id: `${millis.toString(16).padStart(12, '0')}${this.sequence.toString(16).padStart(4, '0')}`,
      documentId,
      createdAt: new Date(millis).toISOString(),
      name: options.name ?? null,
      kind: options.name ? 'named' : 'auto',
      authorIds: [...new Set(options.authorIds ?? [])],
      state: Buffer.from(state).toString('base64'),
    };
    await this.db.write([
      { type: 'put', table: TABLES.versions, key: `${documentId}!${version.id}`, value: version },
    ]);
    return version;
  }

  /** Deletes every version of a document (purge; unchecked). */
  async purge(documentId: string): Promise<void> {
    const keys = await this.db.keys(TABLES.versions, `${documentId}!`);
    await this.db.write(keys.map((key) => ({ type: 'del' as const, table: TABLES.versions, key })));
  }

  /** Saves the current content as a named version. */
  async saveNamed(caller: Caller, documentId: string, name: string): Promise<VersionRecord> {
    await this.documents.require(caller, documentId, 'document.write');
    const state = await this.live.with(documentId, (document) =>
      document.read((doc) => Y.encodeStateAsUpdate(doc)),
    );
    return this.record(documentId, state, {
      name,
      authorIds: caller.userId === null ? [] : [caller.userId],
    });
  }

  /** A version with its content, as a Y.Doc. */
  async open(
    caller: Caller,
    documentId: string,
    versionId: string,
  ): Promise<{ version: VersionRecord; doc: Y.Doc }> {
    await this.documents.require(caller, documentId, 'document.read');
    const version = await this.db.get<VersionRecord>(TABLES.versions, `${documentId}!${versionId}`);
    if (version === undefined) throw notFound('The version');
    return { version, doc: docFromState(Buffer.from(version.state, 'base64')) };
  }

  /**
   * Makes a version's content the current content, as a new change that reaches everyone
   * connected at once. The content before the restore is kept as a version first.
   */
  async restore(caller: Caller, documentId: string, versionId: string): Promise<void> {
    await this.documents.require(caller, documentId, 'document.write');
    const { doc: source } = await this.open(caller, documentId, versionId);
    const before = await this.live.with(documentId, (document) => {
      const state = document.read((doc) => Y.encodeStateAsUpdate(doc));
      document.change((doc) => replaceContent(doc, source), caller.userId);
      return state;
    });
    source.destroy();
    await this.record(documentId, before, { authorIds: [] });
    const document = await this.documents.byId(documentId);
    await this.audit.record({
      action: 'version.restored',
      actorId: caller.userId,
      communityId: document?.communityId ?? null,
      documentId,
      details: { version: versionId },
      ip: caller.ip,
    });
  }
}
