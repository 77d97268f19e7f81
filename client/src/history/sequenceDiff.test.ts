import { describe, expect, it } from 'vitest';
import { diffSequence } from './sequenceDiff.js';

const script = (before: string[], after: string[]) =>
  diffSequence(before, after).ops.map((op) =>
    op.kind === 'same'
      ? `=${before[op.before]}`
      : op.kind === 'removed'
        ? `-${before[op.before]}`
        : `+${after[op.after]}`,
  );

describe('diffSequence', () => {
  it('finds a shortest edit script', () => {
    expect(script(['a', 'b', 'c', 'd'], ['a', 'c', 'x', 'd'])).toEqual([
      '=a',
      '-b',
      '=c',
      '+x',
      '=d',
    ]);
  });

  it('handles empty sides', () => {
    expect(script([], ['a'])).toEqual(['+a']);
    expect(script(['a'], [])).toEqual(['-a']);
    expect(script([], [])).toEqual([]);
  });

  it('stays minimal when items occur on one side only', () => {
    expect(script(['x', 'a', 'y', 'b', 'z'], ['a', 'q', 'b'])).toEqual([
      '-x',
      '=a',
      '-y',
      '+q',
      '=b',
      '-z',
    ]);
  });

  it('keeps duplicates apart', () => {
    expect(script(['a', 'a', 'b'], ['a', 'b', 'a'])).toEqual(['=a', '-a', '=b', '+a']);
  });

  it('falls back to all removed, all added, and says so, beyond the edit limit', () => {
    const before = ['s', '1', '2', '3', '4', 'e'];
    const after = ['s', '4', '3', '2', '1', 'e'];
    const { ops, coarse } = diffSequence(before, after, 2);
    expect(coarse).toBe(true);
    expect(ops.map((op) => op.kind)).toEqual([
      'same',
      ...Array<string>(4).fill('removed'),
      ...Array<string>(4).fill('added'),
      'same',
    ]);
  });
});
