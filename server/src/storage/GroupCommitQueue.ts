/** One write waiting for the next batch. */
interface PendingWrite<T> {
  readonly item: T;
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Collects items and writes them in batches: while one batch is being written, everything that
 * arrives waits and goes into the next single batch. So a synced (fsync'd) write costs each item
 * latency, not throughput.
 */
export class GroupCommitQueue<T> {
  private waiting: PendingWrite<T>[] = [];
  private inFlight: Promise<void> | null = null;

  /** @param writeBatch writes all items durably; a rejection fails every item of that batch. */
  constructor(private readonly writeBatch: (items: readonly T[]) => Promise<void>) {}

  /** Queues an item; resolves once the batch containing it has been written. */
  push(item: T): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      if (this.inFlight === null) this.inFlight = this.drain();
    });
  }

  /** Resolves once everything queued so far has been written (or has failed). */
  async idle(): Promise<void> {
    while (this.inFlight !== null) await this.inFlight;
  }

  private async drain(): Promise<void> {
    while (this.waiting.length > 0) {
      const batch = this.waiting;
      this.waiting = [];
      try {
        await this.writeBatch(batch.map((write) => write.item));
        for (const write of batch) write.resolve();
      } catch (error) {
        for (const write of batch) write.reject(error);
      }
    }
    this.inFlight = null;
  }
}
