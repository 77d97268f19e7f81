import { describe, expect, it } from 'vitest';
import { DurabilityTracker } from './DurabilityTracker.js';

describe('DurabilityTracker', () => {
  it('counts a write durable only when every earlier write is durable too', () => {
    const tracker = new DurabilityTracker('empty');
    const first = tracker.queue('after-first');
    const second = tracker.queue('after-second');
    expect(tracker.complete(second)).toBe(false);
    expect(tracker.snapshot).toBe('empty');
    expect(tracker.hasPendingWrites).toBe(true);
    expect(tracker.complete(first)).toBe(true);
    expect(tracker.lastDurable).toBe(2);
    expect(tracker.snapshot).toBe('after-second');
  });

  it('resolves whenDurable once the writes queued so far are durable', async () => {
    const tracker = new DurabilityTracker(0);
    const write = tracker.queue(1);
    let resolved = false;
    const waiting = tracker.whenDurable().then(() => (resolved = true));
    await Promise.resolve();
    expect(resolved).toBe(false);
    tracker.complete(write);
    await waiting;
    expect(resolved).toBe(true);
  });
});

describe('DurabilityTracker.whenDurableUpTo', () => {
  it('resolves once its write is durable, though later writes are still pending', async () => {
    const tracker = new DurabilityTracker(0);
    const first = tracker.queue(1);
    const waiting = tracker.whenDurableUpTo(first);
    tracker.queue(2);
    tracker.complete(first);
    await waiting;
    expect(tracker.snapshot).toBe(1);
    expect(tracker.hasPendingWrites).toBe(true);
  });
});
