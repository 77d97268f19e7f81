import { describe, expect, it } from 'vitest';
import { diffBlockWords, wordOverlap } from './wordDiff.js';

describe('diffBlockWords', () => {
  it('marks the changed words on each side', () => {
    expect(diffBlockWords('De raad besluit vandaag', 'De raad besluit morgen niet')).toEqual({
      removed: [
        { kind: 'same', text: 'De raad besluit ' },
        { kind: 'removed', text: 'vandaag' },
      ],
      added: [
        { kind: 'same', text: 'De raad besluit ' },
        { kind: 'added', text: 'morgen niet' },
      ],
    });
  });

  it('gives up on texts with too little in common', () => {
    expect(diffBlockWords('Een twee drie vier', 'Vijf zes zeven acht')).toBeNull();
  });

  it('gives up rather than spend long on very long, very different texts', () => {
    const long = (word: string, salt: number) =>
      Array.from({ length: 3000 }, (_, i) =>
        i % 2 === 0 ? `${word}${i}` : `gedeeld${i * salt}`,
      ).join(' ');
    const started = performance.now();
    expect(diffBlockWords(long('oud', 1), long('nieuw', 1))).toBeNull();
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('wordOverlap', () => {
  it('is 1 for the same words and 0 for none in common', () => {
    expect(wordOverlap('Een twee', 'twee een')).toBe(1);
    expect(wordOverlap('Een', 'Twee')).toBe(0);
  });
});
