/** A pending timer of a {@link Clock}. */
export interface TimerHandle {
  /** Lets the process exit while the timer is pending (like Node's `unref`). */
  unref(): void;
}

/**
 * Time and timers, injected so tests control them: debounces, retries, version intervals,
 * presence throttles and periodic jobs all go through one of these. Production uses
 * {@link SYSTEM_CLOCK}; tests use `ManualClock` (`server/src/testing/ManualClock.ts`).
 */
export interface Clock {
  /** Milliseconds since the epoch, like `Date.now()`. */
  now(): number;
  setTimeout(callback: () => void, delayMs: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
  setInterval(callback: () => void, intervalMs: number): TimerHandle;
  clearInterval(handle: TimerHandle): void;
}

/** The real clock and Node's timers. */
export const SYSTEM_CLOCK: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, delayMs) => setTimeout(callback, delayMs),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
  setInterval: (callback, intervalMs) => setInterval(callback, intervalMs),
  clearInterval: (handle) => clearInterval(handle as NodeJS.Timeout),
};
