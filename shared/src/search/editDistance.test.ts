import { describe, expect, it } from 'vitest';
import { boundedEditDistance } from './editDistance.js';

/** Plain unbounded Levenshtein, the reference. */
function levenshtein(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const row = rows[i] as number[];
      const above = rows[i - 1] as number[];
      row[j] = Math.min(
        (above[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
        (above[j] as number) + 1,
        (row[j - 1] as number) + 1,
      );
    }
  return (rows[a.length] as number[])[b.length] as number;
}

describe('boundedEditDistance', () => {
  it('counts one substitution, insertion or deletion as one edit', () => {
    expect(boundedEditDistance('privacy', 'privasy', 2)).toBe(1);
    expect(boundedEditDistance('computr', 'computer', 2)).toBe(1);
    expect(boundedEditDistance('versleuteling', 'versleuteing', 2)).toBe(1);
    expect(boundedEditDistance('same', 'same', 0)).toBe(0);
  });

  it('counts a swap of two letters as two edits (Levenshtein, as the server)', () => {
    expect(boundedEditDistance('form', 'from', 2)).toBe(2);
  });

  it('gives max + 1 beyond the bound', () => {
    expect(boundedEditDistance('kwantum', 'quantum', 1)).toBe(2);
    expect(boundedEditDistance('ab', 'abcdef', 2)).toBe(3);
    expect(boundedEditDistance('abc', 'xyz', 0)).toBe(1);
  });

  it('agrees with plain Levenshtein up to the bound', () => {
    const words = ['', 'a', 'ab', 'kat', 'kaart', 'karton', 'taart', 'start', 'straat', 'kwartet'];
    for (const a of words)
      for (const b of words)
        for (const max of [0, 1, 2, 3]) {
          const expected = Math.min(levenshtein(a, b), max + 1);
          expect(boundedEditDistance(a, b, max), `${a} ${b} ${max}`).toBe(expected);
        }
  });
});
