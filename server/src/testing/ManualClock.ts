import type { Clock, TimerHandle } from '../clock.js';

interface ManualTimer extends TimerHandle {
  readonly id: number;
  dueAt: number;
  readonly intervalMs: number | null;
  readonly callback: () => void;
}

/**
 * A clock for tests: time stands still until `advance` moves it, and timers fire in due order,
 * synchronously, inside `advance`. Deterministic: no real timer is ever started.
 */
export class ManualClock implements Clock {
  private current: number;
  private nextId = 1;
  private readonly timers = new Map<number, ManualTimer>();

  constructor(startMs = Date.UTC(2026, 0, 1)) {
    this.current = startMs;
  }

  now(): number {
    return this.current;
  }

  setTimeout(callback: () => void, delayMs: number): TimerHandle {
    return this.add(callback, delayMs, null);
  }

  setInterval(callback: () => void, intervalMs: number): TimerHandle {
    return this.add(callback, intervalMs, Math.max(1, intervalMs));
  }

  clearTimeout(handle: TimerHandle): void {
    this.timers.delete((handle as ManualTimer).id);
  }

  clearInterval(handle: TimerHandle): void {
    this.clearTimeout(handle);
  }

  /** Number of timers waiting to fire. */
  get pendingTimers(): number {
    return this.timers.size;
  }

  /** Moves time forward by `ms`, firing every timer that falls due on the way, in order. */
  advance(ms: number): void {
    const target = this.current + ms;
    for (;;) {
      const due = [...this.timers.values()]
        .filter((timer) => timer.dueAt <= target)
        .sort((a, b) => a.dueAt - b.dueAt || a.id - b.id)[0];
      if (due === undefined) break;
      this.current = Math.max(this.current, due.dueAt);
      if (due.intervalMs === null) this.timers.delete(due.id);
      else due.dueAt += due.intervalMs;
      due.callback();
    }
    this.current = target;
  }

  /** Fires every pending one-shot timer now (time jumps to the last one's due time). */
  runAll(): void {
    const oneShots = [...this.timers.values()].filter((timer) => timer.intervalMs === null);
    const last = Math.max(this.current, ...oneShots.map((timer) => timer.dueAt));
    this.advance(last - this.current);
  }

  private add(callback: () => void, delayMs: number, intervalMs: number | null): ManualTimer {
    const timer: ManualTimer = {
      id: this.nextId++,
      dueAt: this.current + Math.max(0, delayMs),
      intervalMs,
      callback,
      unref: () => undefined,
    };
    this.timers.set(timer.id, timer);
    return timer;
  }
}
