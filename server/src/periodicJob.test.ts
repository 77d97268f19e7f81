import { describe, expect, it } from 'vitest';
import { startPeriodicJob } from './periodicJob.js';
import { ManualClock } from './testing/ManualClock.js';

describe('startPeriodicJob', () => {
  it('runs once per interval, skips ticks during a run, and stops', async () => {
    const clock = new ManualClock();
    const runs: number[] = [];
    let finish: () => void = () => undefined;
    const job = startPeriodicJob(
      clock,
      1000,
      () => {
        runs.push(clock.now());
        return new Promise<void>((resolve) => (finish = resolve));
      },
      () => undefined,
    );
    clock.advance(999);
    expect(runs).toHaveLength(0);
    clock.advance(1);
    expect(runs).toHaveLength(1);
    // Still running: the next tick does not start a second run.
    clock.advance(1000);
    expect(runs).toHaveLength(1);
    finish();
    await job.whenIdle();
    clock.advance(1000);
    expect(runs).toHaveLength(2);
    finish();
    await job.whenIdle();
    job.stop();
    clock.advance(10_000);
    expect(runs).toHaveLength(2);
    expect(clock.pendingTimers).toBe(0);
  });

  it('reports a failing run and tries again at the next tick', async () => {
    const clock = new ManualClock();
    const errors: unknown[] = [];
    let attempts = 0;
    const job = startPeriodicJob(
      clock,
      1000,
      () => {
        attempts += 1;
        return attempts === 1 ? Promise.reject(new Error('disk full')) : Promise.resolve();
      },
      (error) => errors.push(error),
    );
    clock.advance(1000);
    await job.whenIdle();
    expect(errors).toEqual([new Error('disk full')]);
    clock.advance(1000);
    await job.whenIdle();
    expect(attempts).toBe(2);
    expect(errors).toHaveLength(1);
    job.stop();
  });
});
