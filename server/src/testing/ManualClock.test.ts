import { describe, expect, it } from 'vitest';
import { ManualClock } from './ManualClock.js';

describe('ManualClock', () => {
  it('fires timers in due order only when time is advanced past them', () => {
    const clock = new ManualClock(0);
    const fired: string[] = [];
    clock.setTimeout(() => fired.push('b'), 20);
    clock.setTimeout(() => fired.push('a'), 10);
    const cancelled = clock.setTimeout(() => fired.push('never'), 15);
    clock.clearTimeout(cancelled);
    clock.advance(9);
    expect(fired).toEqual([]);
    clock.advance(11);
    expect(fired).toEqual(['a', 'b']);
    expect(clock.now()).toBe(20);
  });

  it('repeats intervals and sees timers set by callbacks', () => {
    const clock = new ManualClock(0);
    const fired: number[] = [];
    clock.setInterval(() => fired.push(clock.now()), 10);
    clock.setTimeout(() => clock.setTimeout(() => fired.push(-clock.now()), 5), 12);
    clock.advance(30);
    expect(fired).toEqual([10, -17, 20, 30]);
  });
});
