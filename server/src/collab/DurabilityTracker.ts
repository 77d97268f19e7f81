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
  /** Who waits for which write: every write up to it must be durable (`all`: no write pending). */
  private waiters: { readonly write: number | 'all'; readonly resolve: () => void }[] = [];

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
    if (this.durable > before) {
      const isReady = (write: number | 'all') =>
        write === 'all' ? this.durable === this.queued : write <= this.durable;
      const ready = this.waiters.filter((waiter) => isReady(waiter.write));
      this.waiters = this.waiters.filter((waiter) => !isReady(waiter.write));
      for (const waiter of ready) waiter.resolve();
    }
    return this.durable > before;
  }

  /** Resolves once no write is pending (writes queued meanwhile included). */
  whenDurable(): Promise<void> {
    if (!this.hasPendingWrites) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ write: 'all', resolve }));
  }

  /**
   * Resolves once every write up to number `write` is durable, however many are queued after it
   * meanwhile (a document edited without pause still answers).
   */
  whenDurableUpTo(write: number): Promise<void> {
    if (this.durable >= write) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ write, resolve }));
  }
}
