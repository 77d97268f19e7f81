import { describe, expect, it } from 'vitest';
import { highlightSegments } from './highlightSegments.js';

const marked = (text: string, highlights: [number, number][]) =>
  highlightSegments(text, highlights)
    .map(({ text: piece, highlighted }) => (highlighted ? `[${piece}]` : piece))
    .join('');

describe('highlightSegments', () => {
  it('marks the given ranges', () => {
    expect(marked('de wet open overheid', [[3, 6]])).toBe('de [wet] open overheid');
    expect(marked('abc', [[0, 3]])).toBe('[abc]');
    expect(marked('abc', [])).toBe('abc');
    expect(highlightSegments('', [[0, 1]])).toEqual([]);
  });

  it('sorts, merges overlapping and adjacent ranges, and clamps to the text', () => {
    expect(
      marked('abcdefgh', [
        [5, 7],
        [0, 2],
        [1, 3],
      ]),
    ).toBe('[abc]de[fg]h');
    expect(
      marked('abcdef', [
        [0, 2],
        [2, 4],
      ]),
    ).toBe('[abcd]ef');
    expect(
      marked('abc', [
        [-5, 1],
        [2, 99],
      ]),
    ).toBe('[a]b[c]');
    expect(
      marked('abc', [
        [2, 2],
        [3, 1],
      ]),
    ).toBe('a[bc]');
  });

  it('keeps markup as text', () => {
    const segments = highlightSegments('<b>x</b>', [[3, 4]]);
    expect(segments.map((s) => s.text)).toEqual(['<b>', 'x', '</b>']);
  });
});
