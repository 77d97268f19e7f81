import { describe, expect, it } from 'vitest';
import { ManualClock } from '../testing/ManualClock.js';
import { RateLimit } from './rateLimit.js';

describe('RateLimit', () => {
  it('grants the budget per address once, then refills with time', () => {
    const clock = new ManualClock();
    const limit = new RateLimit(3, clock);
    expect([1, 2, 3, 4].map(() => limit.take('10.0.0.1'))).toEqual([true, true, true, false]);
    expect(limit.take('10.0.0.2')).toBe(true);
    clock.advance(19_000);
    expect(limit.take('10.0.0.1')).toBe(false);
    clock.advance(1_000);
    expect(limit.take('10.0.0.1')).toBe(true);
    expect(limit.take('10.0.0.1')).toBe(false);
  });
});
