import { describe, expect, it } from 'vitest';
import { shareText } from './shareText.js';

describe('shareText', () => {
  it('rounds to whole percentages in the reader’s language', () => {
    expect(shareText(0.426, 'en')).toBe('43%');
    expect(shareText(0.426, 'nl')).toBe('43%');
    expect(shareText(1, 'en')).toBe('100%');
  });

  it('does not round a small contribution down to nothing', () => {
    expect(shareText(0.001, 'en')).toBe('< 1%');
    expect(shareText(0, 'en')).toBe('0%');
  });
});
