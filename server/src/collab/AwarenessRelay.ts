import * as awarenessProtocol from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { personColor, presenceName } from '@kring/shared';
import { SYSTEM_CLOCK, type Clock, type TimerHandle } from '../clock.js';
import {
  decodeAwarenessEntries,
  encodeAwarenessEntries,
  type AwarenessEntry,
} from './awarenessEntries.js';
import { encodeAwareness } from './messages.js';
import type { Peer } from './Peer.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True when `a` and `b` are the same connection or connections of the same account. */
function sameAccount(a: Peer, b: Peer): boolean {
  return a === b || (a.userId !== undefined && a.userId === b.userId);
}

/**
 * Presence for one document: applies peers' awareness updates, and relays all changes of an
 * interval as one merged frame — with N people moving carets that is N frames per interval, not N²
 * per change.
 *
 * Presence is bound to the connection: a client id belongs to the first connection that announces
 * it (another connection of the same account may take it over, e.g. after a reload); entries for
 * client ids of other accounts are dropped, and the account's name, organisation and colour are
 * stamped over the announced `user`, so nobody can replace, erase or impersonate someone else.
 */
export class AwarenessRelay {
  readonly awareness: awarenessProtocol.Awareness;
  private readonly announcedBy = new Map<Peer, Set<number>>();
  private readonly owners = new Map<number, Peer>();
  private readonly changed = new Set<number>();
  private timer: TimerHandle | null = null;
  private destroyed = false;

  constructor(
    doc: Y.Doc,
    private readonly flushMs: number,
    private readonly clock: Clock = SYSTEM_CLOCK,
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

  /**
   * Applies a peer's (validated) awareness update: only the entries for client ids it owns or
   * may claim, with its account's identity stamped on. Returns how many entries were dropped.
   */
  apply(peer: Peer, update: Uint8Array): number {
    const announced = this.announcedBy.get(peer);
    if (announced === undefined) return 0;
    const accepted: AwarenessEntry[] = [];
    let dropped = 0;
    for (const entry of decodeAwarenessEntries(update)) {
      const owner = this.owners.get(entry.clientId);
      const allowed = owner === undefined ? entry.state !== null : sameAccount(owner, peer);
      if (!allowed) {
        dropped += 1;
        continue;
      }
      if (owner !== peer) {
        if (owner !== undefined) this.announcedBy.get(owner)?.delete(entry.clientId);
        this.owners.set(entry.clientId, peer);
        announced.add(entry.clientId);
      }
      accepted.push(
        entry.state === null ? entry : { ...entry, state: this.stamp(peer, entry.state) },
      );
    }
    if (accepted.length > 0) {
      awarenessProtocol.applyAwarenessUpdate(
        this.awareness,
        encodeAwarenessEntries(accepted),
        peer,
      );
    }
    return dropped;
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
    if (announced === undefined) return;
    for (const client of announced) this.owners.delete(client);
    if (announced.size > 0) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [...announced], null);
    }
  }

  destroy(): void {
    this.destroyed = true;
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.awareness.destroy();
  }

  /** The announced state with the account's identity as `user` (unchanged without an account). */
  private stamp(peer: Peer, state: unknown): unknown {
    if (peer.person === undefined || !isRecord(state)) return state;
    const user = isRecord(state.user) ? state.user : {};
    return {
      ...state,
      user: {
        ...user,
        name: presenceName(peer.person),
        organisation: peer.person.organisation,
        color: personColor(peer.userId ?? ''),
      },
    };
  }

  private readonly onUpdate = (change: {
    added: number[];
    updated: number[];
    removed: number[];
  }): void => {
    // Ownership outlives a removal (the owner's own `null`, or the 30 s outdated timeout): only
    // leaving frees a client id, so nobody can squat on the id of someone who went quiet.
    for (const list of [change.added, change.updated, change.removed]) {
      for (const client of list) this.changed.add(client);
    }
    if (this.timer === null && this.changed.size > 0 && !this.destroyed) {
      this.timer = this.clock.setTimeout(this.flush, this.flushMs);
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
