import { describe, expect, it } from 'vitest';
import { ManualClock } from '../testing/ManualClock.js';
import { GroupCommitQueue } from './GroupCommitQueue.js';

describe('GroupCommitQueue', () => {
  it('gathers writes arriving within the window into one batch, resolving only after it is written', async () => {
    const clock = new ManualClock();
    const batches: number[][] = [];
    const queue = new GroupCommitQueue<number>(
      (items) => {
        batches.push([...items]);
        return Promise.resolve();
      },
      { windowMs: 4, clock },
    );
    let resolved = 0;
    const writes = [1, 2].map((n) => queue.push(n).then(() => (resolved += 1)));
    clock.advance(3);
    writes.push(queue.push(3).then(() => (resolved += 1)));
    await Promise.resolve();
    expect(batches).toEqual([]);
    expect(resolved).toBe(0);

    clock.advance(1);
    await Promise.all(writes);
    expect(batches).toEqual([[1, 2, 3]]);
    expect(resolved).toBe(3);
  });

  it('writes at once without a window', async () => {
    const batches: number[][] = [];
    const queue = new GroupCommitQueue<number>((items) => {
      batches.push([...items]);
      return Promise.resolve();
    });
    await queue.push(1);
    expect(batches).toEqual([[1]]);
  });
});
