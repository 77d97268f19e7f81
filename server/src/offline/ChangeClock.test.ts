import { describe, expect, it } from 'vitest';
import { ChangeClock } from './ChangeClock.js';

describe('ChangeClock', () => {
  it('counts up on every change and remembers each document’s last change', () => {
    const clock = new ChangeClock('e1');
    expect(clock.now).toBe(0);
    clock.changed('a');
    clock.changed('b');
    const since = clock.now;
    clock.changed('a');
    expect(clock.now).toBe(3);
    expect(clock.changedSince('a', since)).toBe(true);
    expect(clock.changedSince('b', since)).toBe(false);
    expect(clock.changedSince('b', 0)).toBe(true);
    expect(clock.changedSince('never', 0)).toBe(false);
  });

  it('accepts only its own epoch and counts it has reached', () => {
    const clock = new ChangeClock('e1');
    clock.changed('a');
    expect(clock.isCurrent('e1', 1)).toBe(true);
    expect(clock.isCurrent('e1', 0)).toBe(true);
    expect(clock.isCurrent('e2', 1)).toBe(false);
    expect(clock.isCurrent(undefined, 1)).toBe(false);
    expect(clock.isCurrent('e1', undefined)).toBe(false);
    expect(clock.isCurrent('e1', 2)).toBe(false);
  });

  it('has a new random epoch per instance (a restarted server)', () => {
    expect(new ChangeClock().epoch).not.toBe(new ChangeClock().epoch);
    expect(new ChangeClock().epoch.length).toBeLessThanOrEqual(64);
  });

  it('forgets purged documents', () => {
    const clock = new ChangeClock('e1');
    clock.changed('a');
    clock.forget('a');
    expect(clock.changedSince('a', 0)).toBe(false);
    expect(clock.now).toBe(1);
  });
});
