import { describe, expect, it } from 'vitest';
import { diffText, mapPosition } from './textDiff.js';

function apply(before: string, after: string): string {
  const { index, deleteCount, insert } = diffText(before, after);
  return before.slice(0, index) + insert + before.slice(index + deleteCount);
}

describe('diffText', () => {
  it('finds minimal insertions, deletions and replacements', () => {
    expect(diffText('Nota', 'Nota 2')).toEqual({ index: 4, deleteCount: 0, insert: ' 2' });
    expect(diffText('Notitie', 'Nota')).toEqual({ index: 3, deleteCount: 4, insert: 'a' });
    expect(diffText('aaa', 'aa')).toEqual({ index: 2, deleteCount: 1, insert: '' });
    expect(diffText('same', 'same')).toEqual({ index: 4, deleteCount: 0, insert: '' });
  });

  it('never splits surrogate pairs', () => {
    const change = diffText('x😀y', 'x😁y');
    expect(change).toEqual({ index: 1, deleteCount: 2, insert: '😁' });
  });

  it('always reproduces the target', () => {
    const samples = ['', 'a', 'ab', 'ba', 'aab', '😀', 'a😀b', '😀😀', 'Beleidsnota 2025'];
    for (const before of samples) {
      for (const after of samples) expect(apply(before, after)).toBe(after);
    }
  });
});

describe('mapPosition', () => {
  it('moves carets after the change and keeps carets before it', () => {
    const change = diffText('Hallo wereld', 'Hallo mooie wereld');
    expect(mapPosition(2, change)).toBe(2);
    expect(mapPosition(12, change)).toBe(18);
  });
});
