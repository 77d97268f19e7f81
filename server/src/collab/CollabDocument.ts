import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { CLOSE_DOCUMENT_TOO_LARGE, COMPACT_AFTER_UPDATES } from '@kring/shared';
import type { DocumentStorage } from '../storage/DocumentStorage.js';
import type { Logger } from '../logger.js';
import { DEFAULT_COLLAB_LIMITS, type CollabLimits } from './CollabLimits.js';
import { NO_METRICS, type CollabMetrics } from './CollabMetrics.js';
import { DurabilityTracker } from './DurabilityTracker.js';
import type { ClientMessage } from './messages.js';
import {
  encodeAwareness,
  encodeSaved,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeSyncUpdate,
} from './messages.js';
import type { Peer } from './Peer.js';
import { ProtocolError } from './ProtocolError.js';

/** Per-peer bookkeeping inside one document. */
interface PeerState {
  /** Awareness client ids this peer has announced, removed when it leaves. */
  readonly awarenessClients: Set<number>;
  /** Document messages (sync step 2 / update) received from this peer. */
  received: number;
  /** How many of those are durable, as last told to the peer. */
  acknowledged: number;
  /** Received messages waiting for a write to become durable. */
  readonly pendingAcks: PendingAck[];
}

/** A received document message waiting to be acknowledged as durable. */
interface PendingAck {
  /** The peer's message count including this message. */
  readonly count: number;
  /** The write that must be durable first. */
  readonly write: number;
  /** `performance.now()` when the message arrived. */
  readonly receivedAt: number;
}

/** Options of a {@link CollabDocument}. */
export interface CollabDocumentOptions {
  readonly storage: DocumentStorage;
  readonly logger: Logger;
  /** Delay before a failed write is tried again, in milliseconds. */
  readonly retryDelayMs?: number;
  readonly limits?: Pick<CollabLimits, 'maxDocumentBytes' | 'awarenessFlushMs'>;
  readonly metrics?: CollabMetrics;
}

const EMPTY_STATE_VECTOR_BYTES = 1;

/**
 * One loaded document: the authoritative Y.Doc, its awareness, and the peers editing it. Every
 * change is fanned out at once and appended to storage; peers learn it is durable through `saved`.
 */
export class CollabDocument {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  private readonly peers = new Map<Peer, PeerState>();
  private readonly durability: DurabilityTracker<Uint8Array>;
  private readonly retryDelayMs: number;
  private writesSinceCompaction: number;
  private fullStateFrame: Uint8Array | null = null;
  private ackFlushScheduled = false;
  private destroyed = false;
  /** Encoded size of everything applied since load: an upper bound of the document's size. */
  private sizeBytes: number;
  private readonly limits: Pick<CollabLimits, 'maxDocumentBytes' | 'awarenessFlushMs'>;
  private readonly metrics: CollabMetrics;
  private readonly pendingAwareness = new Set<number>();
  private awarenessTimer: ReturnType<typeof setTimeout> | null = null;

  private constructor(
    readonly id: string,
    private readonly options: CollabDocumentOptions,
    storedUpdates: Uint8Array[],
  ) {
    // The stored state is applied before the update listener exists: loading writes nothing back.
    const stored = storedUpdates.length > 0 ? Y.mergeUpdates(storedUpdates) : null;
    if (stored !== null) Y.applyUpdate(this.doc, stored);
    this.sizeBytes = stored?.byteLength ?? 0;
    this.limits = options.limits ?? DEFAULT_COLLAB_LIMITS;
    this.metrics = options.metrics ?? NO_METRICS;
    this.durability = new DurabilityTracker(Y.encodeStateVector(this.doc));
    this.retryDelayMs = options.retryDelayMs ?? 1000;
    this.writesSinceCompaction = storedUpdates.length;
    this.awareness.setLocalState(null);
    this.doc.on('update', (update: Uint8Array, origin: unknown) => this.onUpdate(update, origin));
    this.awareness.on('update', this.onAwarenessUpdate);
  }

  /** Loads a document's stored state completely before anyone can see or change it. */
  static async load(id: string, options: CollabDocumentOptions): Promise<CollabDocument> {
    const document = new CollabDocument(id, options, await options.storage.loadUpdates(id));
    document.compactIfNeeded();
    return document;
  }

  /** Number of peers currently joined. */
  get peerCount(): number {
    return this.peers.size;
  }

  /** True while some change is not yet durable. */
  get hasUnsavedChanges(): boolean {
    return this.durability.hasPendingWrites;
  }

  /** Adds a peer and starts the sync handshake with it. */
  join(peer: Peer): void {
    this.peers.set(peer, {
      awarenessClients: new Set(),
      received: 0,
      acknowledged: 0,
      pendingAcks: [],
    });
    peer.send(encodeSyncStep1(Y.encodeStateVector(this.doc)));
    const states = this.awareness.getStates();
    if (states.size > 0) {
      peer.send(
        encodeAwareness(
          awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...states.keys()]),
        ),
      );
    }
  }

  /** Handles one decoded message from a joined peer. */
  receive(peer: Peer, message: ClientMessage): void {
    const state = this.peers.get(peer);
    if (state === undefined) return;
    switch (message.kind) {
      case 'sync-step-1':
        peer.send(this.syncStep2For(message.stateVector));
        return;
      case 'sync-step-2':
      case 'sync-update':
        if (this.sizeBytes + message.update.byteLength > this.limits.maxDocumentBytes) {
          throw new ProtocolError(
            CLOSE_DOCUMENT_TOO_LARGE,
            `document would exceed ${this.limits.maxDocumentBytes} bytes`,
          );
        }
        Y.applyUpdate(this.doc, message.update, peer);
        this.metrics.updateApplied();
        state.received += 1;
        state.pendingAcks.push({
          count: state.received,
          write: this.durability.lastQueued,
          receivedAt: performance.now(),
        });
        this.scheduleAckFlush();
        return;
      case 'awareness':
        awarenessProtocol.applyAwarenessUpdate(this.awareness, message.update, peer);
        return;
      case 'query-awareness': {
        const clients = [...this.awareness.getStates().keys()];
        peer.send(
          encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients)),
        );
        return;
      }
    }
  }

  /** Removes a peer and the presence it announced. */
  leave(peer: Peer): void {
    const state = this.peers.get(peer);
    if (state === undefined) return;
    this.peers.delete(peer);
    awarenessProtocol.removeAwarenessStates(this.awareness, [...state.awarenessClients], null);
  }

  /** Resolves once every change made so far is durable (retrying failed writes meanwhile). */
  whenDurable(): Promise<void> {
    return this.durability.whenDurable();
  }

  /** Frees the document's memory. Call only with no peers and nothing unsaved. */
  destroy(): void {
    this.destroyed = true;
    if (this.awarenessTimer !== null) clearTimeout(this.awarenessTimer);
    this.awareness.destroy();
    this.doc.destroy();
  }

  private onUpdate(update: Uint8Array, origin: unknown): void {
    this.fullStateFrame = null;
    this.sizeBytes += update.byteLength;
    const frame = encodeSyncUpdate(update);
    for (const peer of this.peers.keys()) if (peer !== origin) peer.send(frame);
    const write = this.durability.queue(Y.encodeStateVector(this.doc));
    this.persist(write, update);
  }

  private persist(write: number, update: Uint8Array): void {
    this.options.storage.appendUpdate(this.id, update).then(
      () => {
        if (this.durability.complete(write)) this.scheduleAckFlush();
        this.writesSinceCompaction += 1;
        this.compactIfNeeded();
      },
      (error: unknown) => {
        this.options.logger.error(
          { err: error, documentId: this.id },
          'storing an update failed; keeping the document in memory and retrying',
        );
        setTimeout(() => this.persist(write, update), this.retryDelayMs).unref();
      },
    );
  }

  private compactIfNeeded(): void {
    if (this.destroyed || this.writesSinceCompaction < COMPACT_AFTER_UPDATES) return;
    this.writesSinceCompaction = 0;
    this.options.storage.compact(this.id).catch((error: unknown) => {
      this.options.logger.warn({ err: error, documentId: this.id }, 'compaction failed');
    });
  }

  private syncStep2For(stateVector: Uint8Array): Uint8Array {
    if (stateVector.length > EMPTY_STATE_VECTOR_BYTES) {
      return encodeSyncStep2(Y.encodeStateAsUpdate(this.doc, stateVector));
    }
    // Joiners without any state all get the same bytes: encode the whole document once per version.
    this.fullStateFrame ??= encodeSyncStep2(Y.encodeStateAsUpdate(this.doc));
    return this.fullStateFrame;
  }

  private scheduleAckFlush(): void {
    if (this.ackFlushScheduled) return;
    this.ackFlushScheduled = true;
    queueMicrotask(() => {
      this.ackFlushScheduled = false;
      this.flushAcks();
    });
  }

  private flushAcks(): void {
    const durable = this.durability.lastDurable;
    const now = performance.now();
    for (const [peer, state] of this.peers) {
      let acknowledged = state.acknowledged;
      while (state.pendingAcks.length > 0 && state.pendingAcks[0]!.write <= durable) {
        const ack = state.pendingAcks.shift()!;
        acknowledged = ack.count;
        this.metrics.acknowledged((now - ack.receivedAt) / 1000);
      }
      if (acknowledged === state.acknowledged) continue;
      state.acknowledged = acknowledged;
      peer.send(encodeSaved(this.durability.snapshot, acknowledged));
    }
  }

  private readonly onAwarenessUpdate = (
    change: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const owner = this.peers.get(origin as Peer);
    if (owner !== undefined) {
      for (const client of change.added) owner.awarenessClients.add(client);
      for (const client of change.removed) owner.awarenessClients.delete(client);
    }
    for (const client of change.added) this.pendingAwareness.add(client);
    for (const client of change.updated) this.pendingAwareness.add(client);
    for (const client of change.removed) this.pendingAwareness.add(client);
    if (this.awarenessTimer === null && this.pendingAwareness.size > 0 && !this.destroyed) {
      this.awarenessTimer = setTimeout(this.flushAwareness, this.limits.awarenessFlushMs);
    }
  };

  /**
   * Relays all presence changes of the last interval as one merged update: with N people moving
   * carets that is N frames per interval instead of N per change, and one encoding for all.
   */
  private readonly flushAwareness = (): void => {
    this.awarenessTimer = null;
    const changed = [...this.pendingAwareness];
    this.pendingAwareness.clear();
    if (changed.length === 0 || this.peers.size === 0) return;
    // Sent to the authors too: the stock provider drops a connection that hears nothing for 30 s,
    // and its periodic presence renewal coming back is what keeps a lone editor connected.
    const frame = encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed));
    for (const peer of this.peers.keys()) peer.send(frame);
  };
}
