import * as awarenessProtocol from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { encodeAwareness } from './messages.js';
import type { Peer } from './Peer.js';

/**
 * Presence for one document: applies peers' awareness updates, remembers which client ids each
 * peer announced (removed when it leaves), and relays all changes of an interval as one merged
 * frame — with N people moving carets that is N frames per interval, not N² per change.
 */
export class AwarenessRelay {
  readonly awareness: awarenessProtocol.Awareness;
  private readonly announcedBy = new Map<Peer, Set<number>>();
  private readonly changed = new Set<number>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private destroyed = false;

  constructor(
    doc: Y.Doc,
    private readonly flushMs: number,
  ) {
    this.awareness = new awarenessProtocol.Awareness(doc);
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.onUpdate);
  }

  /** Starts relaying to a peer and sends it everyone present now. */
  join(peer: Peer): void {
    this.announcedBy.set(peer, new Set());
    if (this.awareness.getStates().size > 0) this.sendAllTo(peer);
  }

  /** Applies a peer's (validated) awareness update. */
  apply(peer: Peer, update: Uint8Array): void {
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, peer);
  }

  /** Answers a peer's query with every known state. */
  sendAllTo(peer: Peer): void {
    const clients = [...this.awareness.getStates().keys()];
    peer.send(encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients)));
  }

  /** Stops relaying to a peer and removes the presence it announced. */
  leave(peer: Peer): void {
    const announced = this.announcedBy.get(peer);
    this.announcedBy.delete(peer);
    if (announced !== undefined && announced.size > 0) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [...announced], null);
    }
  }

  destroy(): void {
    this.destroyed = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.awareness.destroy();
  }

  private readonly onUpdate = (
    change: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const announced = this.announcedBy.get(origin as Peer);
    if (announced !== undefined) {
      for (const client of change.added) announced.add(client);
      for (const client of change.removed) announced.delete(client);
    }
    for (const list of [change.added, change.updated, change.removed]) {
      for (const client of list) this.changed.add(client);
    }
    if (this.timer === null && this.changed.size > 0 && !this.destroyed) {
      this.timer = setTimeout(this.flush, this.flushMs);
    }
  };

  private readonly flush = (): void => {
    this.timer = null;
    const changed = [...this.changed];
    this.changed.clear();
    if (changed.length === 0 || this.announcedBy.size === 0) return;
    // Sent to the authors too: the stock provider drops a connection that hears nothing for 30 s,
    // and its periodic presence renewal coming back is what keeps a lone editor connected.
    const frame = encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed));
    for (const peer of this.announcedBy.keys()) peer.send(frame);
  };
}
