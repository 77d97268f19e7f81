import { describe, expect, it } from 'vitest';
import { MOST_SHARE, SOME_SHARE, shareDegree } from './people.js';

describe('shareDegree', () => {
  it('names most, part and some at the thresholds', () => {
    expect(shareDegree(1)).toBe('most');
    expect(shareDegree(MOST_SHARE)).toBe('most');
    expect(shareDegree(MOST_SHARE - 0.01)).toBe('part');
    expect(shareDegree(SOME_SHARE)).toBe('part');
    expect(shareDegree(SOME_SHARE - 0.01)).toBe('some');
    expect(shareDegree(0)).toBe('some');
  });
});
