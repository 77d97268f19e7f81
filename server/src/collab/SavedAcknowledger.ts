import type { CollabMetrics } from './CollabMetrics.js';
import type { DurabilityTracker } from './DurabilityTracker.js';
import { encodeSaved } from './messages.js';
import type { Peer } from './Peer.js';

/** A received document message waiting to be acknowledged as durable. */
interface PendingAck {
  /** The peer's message count including this message. */
  readonly count: number;
  /** The write that must be durable first. */
  readonly write: number;
  /** `performance.now()` when the message arrived. */
  readonly receivedAt: number;
}

/** What the acknowledger knows of one peer. */
interface PeerAcks {
  /** Document messages (sync step 2 / update) received from this peer. */
  received: number;
  /** How many of those are durable, as last told to the peer. */
  acknowledged: number;
  readonly pending: PendingAck[];
}

/**
 * Sends each peer `saved` once the document messages it sent are durable: a message is durable
 * when every write queued up to its arrival is (it may have changed nothing itself, yet repeat
 * content still in flight to the disk). One check per microtask, however many writes completed.
 */
export class SavedAcknowledger {
  private readonly peers = new Map<Peer, PeerAcks>();
  private flushScheduled = false;

  constructor(
    private readonly durability: DurabilityTracker<Uint8Array>,
    private readonly metrics: CollabMetrics,
  ) {}

  join(peer: Peer): void {
    // A client that opted out of Kring frames is never sent `saved`, so nothing is tracked for it.
    if (peer.kringFrames === false) return;
    this.peers.set(peer, { received: 0, acknowledged: 0, pending: [] });
  }

  leave(peer: Peer): void {
    this.peers.delete(peer);
  }

  /** Records a document message from `peer`, handled after the writes queued so far. */
  received(peer: Peer): void {
    const acks = this.peers.get(peer);
    if (acks === undefined) return;
    acks.received += 1;
    acks.pending.push({
      count: acks.received,
      write: this.durability.lastQueued,
      receivedAt: performance.now(),
    });
    this.scheduleFlush();
  }

  /** Call when the durable prefix of writes advanced. */
  scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    queueMicrotask(this.flush);
  }

  private readonly flush = (): void => {
    this.flushScheduled = false;
    const durable = this.durability.lastDurable;
    const now = performance.now();
    for (const [peer, acks] of this.peers) {
      let acknowledged = acks.acknowledged;
      while (acks.pending.length > 0 && acks.pending[0]!.write <= durable) {
        const ack = acks.pending.shift()!;
        acknowledged = ack.count;
        this.metrics.acknowledged((now - ack.receivedAt) / 1000);
      }
      if (acknowledged === acks.acknowledged) continue;
      acks.acknowledged = acknowledged;
      peer.send(encodeSaved(this.durability.snapshot, acknowledged));
    }
  };
}
