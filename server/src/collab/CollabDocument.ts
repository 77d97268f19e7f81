import type * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { CLOSE_DOCUMENT_TOO_LARGE, COMPACT_AFTER_UPDATES } from '@kring/shared';
import { SYSTEM_CLOCK, type Clock } from '../clock.js';
import { addedInTransaction } from '../contributions/addedContent.js';
import type { Logger } from '../logger.js';
import type { DocumentStorage } from '../storage/DocumentStorage.js';
import { stateVectorOnThisThread, type StateVectorOf } from '../storage/WorkerUpdateMerger.js';
import { AwarenessRelay } from './AwarenessRelay.js';
import { DEFAULT_COLLAB_LIMITS, type CollabLimits } from './CollabLimits.js';
import { NO_METRICS, type CollabMetrics } from './CollabMetrics.js';
import { DurabilityTracker } from './DurabilityTracker.js';
import type { ClientMessage } from './messages.js';
import {
  encodeCommentsChanged,
  encodeMetadataChanged,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeSyncUpdate,
} from './messages.js';
import type { Peer } from './Peer.js';
import { ProtocolError } from './ProtocolError.js';
import { SavedAcknowledger } from './SavedAcknowledger.js';

/** Options of a {@link CollabDocument}. */
export interface CollabDocumentOptions {
  readonly storage: DocumentStorage;
  readonly logger: Logger;
  /** Delay before a failed write is tried again, in milliseconds. */
  readonly retryDelayMs?: number;
  readonly limits?: Pick<CollabLimits, 'maxDocumentBytes' | 'awarenessFlushMs'>;
  readonly metrics?: CollabMetrics;
  /** How to read the state vector of a stored state (default: on this thread). */
  readonly stateVectorOf?: StateVectorOf;
  /**
   * Called after each change (e.g. to refresh the title and "updated at" metadata), with who made
   * it: the peer, or the account a server-side change was made for (restoring a version).
   */
  readonly onChanged?: (document: CollabDocument, by: ChangeAuthor | null) => void;
  /** Called after a signed-in account's change, with how many content units it added. */
  readonly onContributed?: (document: CollabDocument, userId: string, added: number) => void;
  /** Called right before the document is unloaded, while its content can still be read. */
  readonly onUnloading?: (document: CollabDocument) => void;
  /** Timers of presence batching and write retries (default: the system clock). */
  readonly clock?: Clock;
}

/** Who made a change, as far as the server knows. */
export interface ChangeAuthor {
  readonly userId?: string;
}

/** Transaction origin of a change the server makes on someone's behalf. */
class ChangeOnBehalfOf implements ChangeAuthor {
  constructor(readonly userId: string) {}
}

/** Transaction origin of the stored state being integrated: not a change, nothing to store. */
const FROM_STORAGE = Symbol('storage');
/** Transaction origin of changes the server makes itself. */
const SERVER_CHANGE = Symbol('server');
const EMPTY_STATE_VECTOR_BYTES = 1;

/** The update a client without anything new sends as sync step 2: no structs, no deletions. */
function isEmptyUpdate(update: Uint8Array): boolean {
  return update.length === 2 && update[0] === 0 && update[1] === 0;
}

/**
 * One loaded document: the authoritative Y.Doc, presence, and the peers editing it. Every change
 * is fanned out at once and appended to storage; peers learn it is durable through `saved`.
 *
 * The stored state is loaded completely before anyone joins, but integrated into the Y.Doc only
 * when first needed: until someone changes the document, joiners are served the stored bytes as
 * they are, so opening a large document costs no Yjs integration at all.
 */
export class CollabDocument {
  private readonly ydoc: Y.Doc;
  private readonly presence: AwarenessRelay;
  private readonly peers = new Set<Peer>();
  private readonly durability: DurabilityTracker<Uint8Array>;
  private readonly acknowledger: SavedAcknowledger;
  private readonly retryDelayMs: number;
  private readonly limits: Pick<CollabLimits, 'maxDocumentBytes' | 'awarenessFlushMs'>;
  private readonly metrics: CollabMetrics;
  private readonly clock: Clock;
  /** Stored state not yet integrated into `ydoc`, with its state vector. */
  private stored: { update: Uint8Array; stateVector: Uint8Array } | null;
  /** Sync step 2 for joiners without state, valid until the next change. */
  private fullStateFrame: Uint8Array | null = null;
  /** Encoded size of everything applied since load: an upper bound of the document's size. */
  private sizeBytes: number;
  private logEntries: number;
  private writesSinceCompaction: number;
  /**
   * Writes after which this document compacts: the shared threshold plus up to half again at
   * random, so documents that started together do not all compact in the same second.
   */
  private readonly compactAfterWrites = Math.round(COMPACT_AFTER_UPDATES * (1 + Math.random() / 2));
  private destroyed = false;

  private constructor(
    readonly id: string,
    private readonly options: CollabDocumentOptions,
    stored: { update: Uint8Array; stateVector: Uint8Array } | null,
  ) {
    // The document id as guid: Y.Doc would otherwise generate a uuidv4 per opened document.
    this.ydoc = new Y.Doc({ guid: id });
    this.stored = stored;
    const update = stored?.update;
    this.sizeBytes = update?.byteLength ?? 0;
    this.logEntries = update ? 1 : 0;
    this.writesSinceCompaction = 0;
    this.limits = options.limits ?? DEFAULT_COLLAB_LIMITS;
    this.metrics = options.metrics ?? NO_METRICS;
    this.retryDelayMs = options.retryDelayMs ?? 1000;
    this.clock = options.clock ?? SYSTEM_CLOCK;
    this.durability = new DurabilityTracker(this.stateVector());
    this.acknowledger = new SavedAcknowledger(this.durability, this.metrics);
    this.presence = new AwarenessRelay(this.ydoc, this.limits.awarenessFlushMs, this.clock);
    this.ydoc.on('update', (change: Uint8Array, origin: unknown, _doc: Y.Doc, tr: Y.Transaction) =>
      this.onUpdate(change, origin, tr),
    );
  }

  /**
   * Loads a document's stored state completely before anyone can see or change it. A log of
   * several entries (after a crash) is compacted first, so joiners get one compact state.
   */
  static async load(id: string, options: CollabDocumentOptions): Promise<CollabDocument> {
    let updates = await options.storage.loadUpdates(id);
    if (updates.length > 1) {
      await options.storage.compact(id);
      updates = await options.storage.loadUpdates(id);
    }
    const update = updates.length <= 1 ? updates[0] : Y.mergeUpdates(updates);
    if (update === undefined) return new CollabDocument(id, options, null);
    const stateVector = await (options.stateVectorOf ?? stateVectorOnThisThread)(update);
    return new CollabDocument(id, options, { update, stateVector });
  }

  /** True when the stored log has more than one entry (compacting it would shorten the next load). */
  get hasLongLog(): boolean {
    return this.logEntries > 1;
  }

  /** Compacts the stored log now (for example at shutdown); resolves when done or failed. */
  compactNow(): Promise<void> {
    return this.compact();
  }

  /** The authoritative Y.Doc, with the stored state integrated. */
  get doc(): Y.Doc {
    this.integrateStoredState();
    return this.ydoc;
  }

  /** Presence (awareness) of the people in this document. */
  get awareness(): awarenessProtocol.Awareness {
    return this.presence.awareness;
  }

  /** True while some change is not yet durable. */
  get hasUnsavedChanges(): boolean {
    return this.durability.hasPendingWrites;
  }

  /** Adds a peer and starts the sync handshake with it. */
  join(peer: Peer): void {
    this.peers.add(peer);
    this.acknowledger.join(peer);
    peer.send(encodeSyncStep1(this.stateVector()));
    this.presence.join(peer);
  }

  /** Handles one decoded message from a joined peer. */
  receive(peer: Peer, message: ClientMessage): void {
    if (!this.peers.has(peer)) return;
    switch (message.kind) {
      case 'sync-step-1':
        peer.send(this.syncStep2For(message.stateVector));
        return;
      case 'sync-step-2':
      case 'sync-update':
        if (!peer.canWrite) {
          this.metrics.readOnlyUpdateDropped();
          return;
        }
        this.applyFrom(peer, message.update);
        this.acknowledger.received(peer);
        return;
      case 'awareness': {
        const dropped = this.presence.apply(peer, message.update);
        if (dropped > 0) {
          this.options.logger.warn(
            { documentId: this.id, dropped },
            'dropped presence for client ids owned by another account',
          );
        }
        return;
      }
      case 'query-awareness':
        this.presence.sendAllTo(peer);
        return;
    }
  }

  /** Reads the content as it is now (e.g. for metadata and the search index). */
  read<T>(reader: (doc: Y.Doc) => T): T {
    this.integrateStoredState();
    return reader(this.ydoc);
  }

  /**
   * Makes a change on the server's side (e.g. restoring a version): applied in one transaction,
   * sent to every connection and stored like any client's change; credited to `byUserId` when
   * given (the person who asked for it).
   */
  change(edit: (doc: Y.Doc) => void, byUserId: string | null = null): void {
    this.integrateStoredState();
    const origin = byUserId === null ? SERVER_CHANGE : new ChangeOnBehalfOf(byUserId);
    this.ydoc.transact(() => edit(this.ydoc), origin);
  }

  /**
   * Applies an update made away from any connection (offline sync) exactly as if a connection of
   * `userId` had sent it: fanned out, stored, credited. Resolves with the durable state vector
   * once the update (and every write queued before it) is on disk.
   * @throws {ProtocolError} when the document would grow beyond its size limit.
   */
  async applyFor(userId: string, update: Uint8Array): Promise<Uint8Array> {
    this.applyFrom(new ChangeOnBehalfOf(userId), update);
    await this.durability.whenDurableUpTo(this.durability.lastQueued);
    return this.durability.snapshot;
  }

  /** What a replica with `stateVector` lacks, without integrating a not yet integrated state. */
  diffFor(stateVector: Uint8Array): Uint8Array {
    if (stateVector.length <= EMPTY_STATE_VECTOR_BYTES) {
      return this.stored?.update ?? Y.encodeStateAsUpdate(this.ydoc);
    }
    return this.stored !== null
      ? Y.diffUpdate(this.stored.update, stateVector)
      : Y.encodeStateAsUpdate(this.ydoc, stateVector);
  }

  /**
   * Tells every connection that the document's metadata was stored anew (title, updated at/by);
   * connections that opted out of Kring frames (`?frames=standard`) are skipped.
   */
  notifyMetadataChanged(): void {
    const frame = encodeMetadataChanged();
    for (const peer of this.peers) if (peer.kringFrames !== false) peer.send(frame);
  }

  /**
   * Tells every connection that the page's comment threads changed (they fetch them again, with
   * their own permissions); connections that opted out of Kring frames are skipped.
   */
  notifyCommentsChanged(): void {
    const frame = encodeCommentsChanged();
    for (const peer of this.peers) if (peer.kringFrames !== false) peer.send(frame);
  }

  /** Removes a peer and the presence it announced. */
  leave(peer: Peer): void {
    if (!this.peers.delete(peer)) return;
    this.acknowledger.leave(peer);
    this.presence.leave(peer);
  }

  /** Resolves once every change made so far is durable (retrying failed writes meanwhile). */
  whenDurable(): Promise<void> {
    return this.durability.whenDurable();
  }

  /**
   * Frees the document's memory. Call only with no peers and nothing unsaved. A log of several
   * entries is compacted on the way out, so the next open reads one stored state.
   */
  destroy(): void {
    this.options.onUnloading?.(this);
    this.destroyed = true;
    this.presence.destroy();
    this.ydoc.destroy();
    if (this.logEntries > 1) void this.compact();
  }

  /** State vector of what this document holds now, durable or not. */
  stateVector(): Uint8Array {
    return this.stored?.stateVector ?? Y.encodeStateVector(this.ydoc);
  }

  private integrateStoredState(): void {
    if (this.stored === null) return;
    const { update } = this.stored;
    this.stored = null;
    Y.applyUpdate(this.ydoc, update, FROM_STORAGE);
  }

  private applyFrom(origin: Peer | ChangeOnBehalfOf, update: Uint8Array): void {
    // A joiner with nothing new sends an empty step 2: no need to integrate anything for it.
    if (isEmptyUpdate(update)) return;
    if (this.sizeBytes + update.byteLength > this.limits.maxDocumentBytes) {
      throw new ProtocolError(
        CLOSE_DOCUMENT_TOO_LARGE,
        `document would exceed ${this.limits.maxDocumentBytes} bytes`,
      );
    }
    this.integrateStoredState();
    Y.applyUpdate(this.ydoc, update, origin);
    this.metrics.updateApplied();
  }

  private onUpdate(update: Uint8Array, origin: unknown, transaction: Y.Transaction): void {
    if (origin === FROM_STORAGE) return;
    this.fullStateFrame = null;
    this.sizeBytes += update.byteLength;
    const frame = encodeSyncUpdate(update);
    let recipients = 0;
    for (const peer of this.peers) {
      if (peer === origin) continue;
      peer.send(frame);
      recipients += 1;
    }
    this.metrics.updateFannedOut(recipients);
    const write = this.durability.queue(Y.encodeStateVector(this.ydoc));
    this.persist(write, update);
    const by =
      origin instanceof ChangeOnBehalfOf
        ? origin
        : this.peers.has(origin as Peer)
          ? (origin as Peer)
          : null;
    this.options.onChanged?.(this, by);
    if (by?.userId !== undefined && this.options.onContributed !== undefined) {
      const added = addedInTransaction(transaction);
      if (added > 0) this.options.onContributed(this, by.userId, added);
    }
  }

  private persist(write: number, update: Uint8Array): void {
    this.options.storage.appendUpdate(this.id, update).then(
      () => {
        if (this.durability.complete(write)) this.acknowledger.scheduleFlush();
        this.logEntries += 1;
        this.writesSinceCompaction += 1;
        this.compactIfNeeded();
      },
      (error: unknown) => {
        this.options.logger.error(
          { err: error, documentId: this.id },
          'storing an update failed; keeping the document in memory and retrying',
        );
        this.clock.setTimeout(() => this.persist(write, update), this.retryDelayMs).unref();
      },
    );
  }

  private compactIfNeeded(): void {
    if (this.destroyed || this.writesSinceCompaction < this.compactAfterWrites) return;
    void this.compact();
  }

  private compact(): Promise<void> {
    this.writesSinceCompaction = 0;
    // Through a promise: a storage closed by shutdown throws, and that must not escape destroy().
    return Promise.resolve(this.id)
      .then((id) => this.options.storage.compact(id))
      .then(
        (replaced) => {
          this.logEntries -= Math.max(0, replaced - 1);
        },
        (error: unknown) => {
          this.options.logger.warn({ err: error, documentId: this.id }, 'compaction failed');
        },
      );
  }

  private syncStep2For(stateVector: Uint8Array): Uint8Array {
    if (stateVector.length > EMPTY_STATE_VECTOR_BYTES)
      return encodeSyncStep2(this.diffFor(stateVector));
    // Joiners without any state all get the same bytes: encode the whole document once per version.
    this.fullStateFrame ??= encodeSyncStep2(this.diffFor(stateVector));
    return this.fullStateFrame;
  }
}
