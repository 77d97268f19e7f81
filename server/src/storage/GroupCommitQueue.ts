import { SYSTEM_CLOCK, type Clock } from '../clock.js';

/** One write waiting for the next batch. */
interface PendingWrite<T> {
  readonly item: T;
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

/** How a queue gathers its batches. */
export interface GroupCommitOptions {
  /**
   * How long the first item of an idle queue waits for more to join its batch, so a burst of
   * writes shares one fsync. 0 writes at once.
   */
  readonly windowMs?: number;
  readonly clock?: Clock;
}

/**
 * Collects items and writes them in batches: while one batch is being written, everything that
 * arrives waits and goes into the next single batch. So a synced (fsync'd) write costs each item
 * latency, not throughput.
 */
export class GroupCommitQueue<T> {
  private waiting: PendingWrite<T>[] = [];
  private inFlight: Promise<void> | null = null;

  private readonly windowMs: number;
  private readonly clock: Clock;

  /** @param writeBatch writes all items durably; a rejection fails every item of that batch. */
  constructor(
    private readonly writeBatch: (items: readonly T[]) => Promise<void>,
    options: GroupCommitOptions = {},
  ) {
    this.windowMs = options.windowMs ?? 0;
    this.clock = options.clock ?? SYSTEM_CLOCK;
  }

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
    if (this.windowMs > 0) {
      await new Promise<void>((resolve) => this.clock.setTimeout(resolve, this.windowMs));
    }
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
