import type { Clock } from './clock.js';

/** A job that runs every so often (trash purge, search index save). */
export interface PeriodicJob {
  /** Runs the job now, unless a run is going on (then resolves when that one is done). */
  runNow(): Promise<void>;
  /** Resolves once the run going on now (if any) is done; starts nothing. */
  whenIdle(): Promise<void>;
  /** Stops the timer; a run going on finishes. */
  stop(): void;
}

/**
 * Runs `job` every `intervalMs` on `clock`, never two runs at once: a tick that falls inside a
 * run is skipped. A failing run goes to `onError` and the next tick tries again. The timer does
 * not keep the process alive.
 */
export function startPeriodicJob(
  clock: Clock,
  intervalMs: number,
  job: () => Promise<void>,
  onError: (error: unknown) => void,
): PeriodicJob {
  let running: Promise<void> | null = null;
  const runNow = (): Promise<void> => {
    running ??= job()
      .catch(onError)
      .finally(() => {
        running = null;
      });
    return running;
  };
  const timer = clock.setInterval(() => void runNow(), intervalMs);
  timer.unref();
  return {
    runNow,
    whenIdle: () => running ?? Promise.resolve(),
    stop: () => clock.clearInterval(timer),
  };
}
