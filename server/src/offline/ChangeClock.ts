import { randomBytes } from 'node:crypto';

/**
 * The server's change clock for offline sync: a counter that goes up on every stored change of a
 * document's content or metadata, and per document the count of its last change. It lives in
 * memory only: a restarted server has a new random {@link epoch}, which tells every client that
 * its `since` means nothing here and that it must compare all its documents once (a full sync).
 * That costs one full manifest per client per restart and needs no write per keystroke.
 */
export class ChangeClock {
  /** Identifies this process's clock; clients send it back with `since`. */
  readonly epoch: string;
  private counter = 0;
  private readonly lastChange = new Map<string, number>();

  constructor(epoch: string = randomBytes(12).toString('base64url')) {
    this.epoch = epoch;
  }

  /** The clock now: every change counted so far has a value at most this. */
  get now(): number {
    return this.counter;
  }

  /**
   * Counts a change of a document that is stored now. Call only once the change can be read back
   * (after the durable write), so a client that sees the new count also gets the change.
   */
  changed(documentId: string): void {
    this.counter += 1;
    this.lastChange.set(documentId, this.counter);
  }

  /** True when the document changed after clock value `since` of this epoch. */
  changedSince(documentId: string, since: number): boolean {
    return (this.lastChange.get(documentId) ?? 0) > since;
  }

  /**
   * True when `epoch`/`since` from a client can be compared against: the same epoch and a count
   * this clock has reached. Anything else means a full comparison.
   */
  isCurrent(epoch: string | undefined, since: number | undefined): since is number {
    return epoch === this.epoch && since !== undefined && since <= this.counter;
  }

  /** Drops a purged document (nothing left to sync). */
  forget(documentId: string): void {
    this.lastChange.delete(documentId);
  }
}
