import { Level } from 'level';
import type { DocumentStorage, StoredUpdate } from './DocumentStorage.js';
import { SYSTEM_CLOCK, type Clock } from '../clock.js';
import { GroupCommitQueue } from './GroupCommitQueue.js';
import { mergeOnThisThread, type MergeUpdates } from './WorkerUpdateMerger.js';

/** A queued append. */
interface LogEntry {
  readonly documentId: string;
  readonly update: Uint8Array;
}

/** Width of the zero-padded hexadecimal sequence number in a log key, so keys sort numerically. */
const SEQUENCE_WIDTH = 13;

/**
 * Key of one log entry: `<documentId>!<sequence>`. Document ids never contain `!` (they are
 * `[A-Za-z0-9_-]`), and `!` sorts before every id character, so one document's log is exactly the
 * key range `[id + '!', id + '"')`.
 */
function logKey(documentId: string, sequence: number): string {
  return `${documentId}!${sequence.toString(16).padStart(SEQUENCE_WIDTH, '0')}`;
}

function sequenceOf(key: string): number {
  return Number.parseInt(key.slice(key.lastIndexOf('!') + 1), 16);
}

function logRange(documentId: string): { gte: string; lt: string } {
  return { gte: `${documentId}!`, lt: `${documentId}"` };
}

/** Options of {@link LevelDocumentStorage.open}. */
export interface LevelStorageOptions {
  /** Called after each synced batch write with its duration in seconds (for metrics). */
  readonly onBatchWritten?: (seconds: number, entries: number) => void;
  /**
   * Called after each synced batch with the document of each appended update (in order): the
   * one place every content write passes, whichever path made it (offline sync's change clock).
   */
  readonly onAppended?: (documentId: string) => void;
  /** How compaction merges a log (default: on this thread). */
  readonly mergeUpdates?: MergeUpdates;
  /** How long a write waits for others to share its fsync'd batch (default 0: at once). */
  readonly commitWindowMs?: number;
  readonly clock?: Clock;
}

/**
 * {@link DocumentStorage} on LevelDB: one append-only update log per document in the `updates`
 * sublevel, written with `sync: true` and group-committed across all documents.
 */
export class LevelDocumentStorage implements DocumentStorage {
  private readonly db: Level<string, Uint8Array>;
  private readonly updates;
  private readonly nextSequence = new Map<string, number>();
  private readonly compactions = new Map<string, Promise<number>>();
  private readonly queue: GroupCommitQueue<LogEntry>;
  private closed = false;

  private constructor(
    db: Level<string, Uint8Array>,
    private readonly options: LevelStorageOptions,
  ) {
    this.db = db;
    this.queue = new GroupCommitQueue<LogEntry>((entries) => this.writeEntries(entries), {
      windowMs: options.commitWindowMs ?? 0,
      clock: options.clock ?? SYSTEM_CLOCK,
    });
    this.updates = db.sublevel<string, Uint8Array>('updates', { valueEncoding: 'view' });
  }

  /** Opens (creating if needed) the database in `directory`. */
  static async open(
    directory: string,
    options: LevelStorageOptions = {},
  ): Promise<LevelDocumentStorage> {
    const db = new Level<string, Uint8Array>(directory, { valueEncoding: 'view' });
    await db.open();
    return new LevelDocumentStorage(db, options);
  }

  /**
   * The underlying database, shared with the metadata tables (one LevelDB per instance, so a
   * backup is one consistent snapshot). This storage owns it and closes it.
   */
  get database(): Level<string, Uint8Array> {
    return this.db;
  }

  async loadUpdates(documentId: string): Promise<Uint8Array[]> {
    this.assertOpen();
    return this.updates.values(logRange(documentId)).all();
  }

  appendUpdate(documentId: string, update: Uint8Array): Promise<void> {
    this.assertOpen();
    return this.queue.push({ documentId, update });
  }

  async deleteDocument(documentId: string): Promise<void> {
    this.assertOpen();
    await this.queue.idle();
    // A compaction running now would write the merged content back after the delete.
    await this.compactions.get(documentId)?.catch(() => 0);
    const keys = await this.updates.keys(logRange(documentId)).all();
    await this.db.batch(
      keys.map((key) => ({ type: 'del' as const, key, sublevel: this.updates })),
      { sync: true },
    );
    this.nextSequence.delete(documentId);
  }

  /**
   * Rewrites the database files (every table) so that deleted values are gone from disk, not only
   * unreachable: LevelDB otherwise keeps them in older files until they happen to be compacted.
   */
  async compactDatabase(): Promise<void> {
    this.assertOpen();
    // `level` runs classic-level on Node, which has compactRange; its browser type does not.
    const native = this.db as unknown as {
      compactRange(start: string, end: string): Promise<void>;
    };
    await native.compactRange('\x00', '\uffff');
  }

  async countUpdates(documentId: string): Promise<number> {
    this.assertOpen();
    const keys = await this.updates.keys(logRange(documentId)).all();
    return keys.length;
  }

  async listDocumentIds(): Promise<string[]> {
    this.assertOpen();
    const ids: string[] = [];
    let previous: string | null = null;
    for await (const key of this.updates.keys()) {
      const id = key.slice(0, key.lastIndexOf('!'));
      if (id !== previous) ids.push(id);
      previous = id;
    }
    return ids;
  }

  async *exportUpdates(): AsyncIterable<StoredUpdate> {
    this.assertOpen();
    // A LevelDB iterator reads from an implicit snapshot taken when it is created.
    for await (const [key, update] of this.updates.iterator()) {
      yield { documentId: key.slice(0, key.lastIndexOf('!')), update };
    }
  }

  compact(documentId: string): Promise<number> {
    this.assertOpen();
    const running = this.compactions.get(documentId);
    if (running) return running;
    const compaction = this.compactLog(documentId).finally(() =>
      this.compactions.delete(documentId),
    );
    this.compactions.set(documentId, compaction);
    return compaction;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.queue.idle();
    await Promise.allSettled([...this.compactions.values()]);
    await this.db.close();
  }

  private async compactLog(documentId: string): Promise<number> {
    const entries = await this.updates.iterator(logRange(documentId)).all();
    if (entries.length < 2) return 0;
    const merged = await (this.options.mergeUpdates ?? mergeOnThisThread)(
      entries.map(([, value]) => value),
    );
    const lastKey = entries[entries.length - 1]![0];
    // Deleting all but the last key and overwriting the last keeps appends made meanwhile (which
    // have higher sequence numbers) and is one atomic, synced write.
    await this.db.batch(
      [
        ...entries.slice(0, -1).map(([key]) => ({
          type: 'del' as const,
          key,
          sublevel: this.updates,
        })),
        { type: 'put' as const, key: lastKey, value: merged, sublevel: this.updates },
      ],
      { sync: true },
    );
    return entries.length;
  }

  private async writeEntries(entries: readonly LogEntry[]): Promise<void> {
    const operations = [];
    for (const entry of entries) {
      const sequence = await this.takeSequence(entry.documentId);
      operations.push({
        type: 'put' as const,
        key: logKey(entry.documentId, sequence),
        value: entry.update,
        sublevel: this.updates,
      });
    }
    const started = performance.now();
    await this.db.batch(operations, { sync: true });
    this.options.onBatchWritten?.((performance.now() - started) / 1000, operations.length);
    for (const entry of entries) this.options.onAppended?.(entry.documentId);
  }

  private async takeSequence(documentId: string): Promise<number> {
    let next = this.nextSequence.get(documentId);
    if (next === undefined) {
      const [lastKey] = await this.updates
        .keys({ ...logRange(documentId), reverse: true, limit: 1 })
        .all();
      next = lastKey === undefined ? 0 : sequenceOf(lastKey) + 1;
    }
    this.nextSequence.set(documentId, next + 1);
    return next;
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('storage is closed');
  }
}
