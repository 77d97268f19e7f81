/**
 * Tracks which of a document's writes are durable. Writes are numbered in the order they were
 * queued; they may complete out of order (a failed write is retried later), so "durable" is the
 * longest prefix of numbers that have all completed.
 */
export class DurabilityTracker<Snapshot> {
  private queued = 0;
  private durable = 0;
  private readonly completedAhead = new Set<number>();
  private readonly snapshots = new Map<number, Snapshot>();
  private waiters: (() => void)[] = [];

  constructor(private durableSnapshot: Snapshot) {}

  /** Number of the most recently queued write (0 when none). */
  get lastQueued(): number {
    return this.queued;
  }

  /** Every write up to and including this number is durable. */
  get lastDurable(): number {
    return this.durable;
  }

  /** The snapshot recorded with the newest durable write. */
  get snapshot(): Snapshot {
    return this.durableSnapshot;
  }

  /** True while some queued write is not yet durable. */
  get hasPendingWrites(): boolean {
    return this.durable < this.queued;
  }

  /** Registers a new write and the snapshot that becomes durable with it; returns its number. */
  queue(snapshot: Snapshot): number {
    this.queued += 1;
    this.snapshots.set(this.queued, snapshot);
    return this.queued;
  }

  /** Marks one write complete; returns true when the durable prefix advanced. */
  complete(write: number): boolean {
    this.completedAhead.add(write);
    const before = this.durable;
    while (this.completedAhead.delete(this.durable + 1)) {
      this.durable += 1;
      const snapshot = this.snapshots.get(this.durable);
      this.snapshots.delete(this.durable);
      if (snapshot !== undefined) this.durableSnapshot = snapshot;
    }
    if (this.durable === this.queued) {
      const waiters = this.waiters;
      this.waiters = [];
      for (const resolve of waiters) resolve();
    }
    return this.durable > before;
  }

  /** Resolves once every write queued so far is durable. */
  whenDurable(): Promise<void> {
    if (!this.hasPendingWrites) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }
}
