import { describe, expect, it } from 'vitest';
import { joinList, splitList } from './listText.js';

describe('list text', () => {
  it('splits on commas, semicolons and new lines and drops blanks', () => {
    expect(splitList(' MPC, homomorfe encryptie;;\n  synthetic data ,')).toEqual([
      'MPC',
      'homomorfe encryptie',
      'synthetic data',
    ]);
  });

  it('reads back what it joined', () => {
    const items = ['Nederlands', 'English', 'Deutsch'];
    expect(splitList(joinList(items))).toEqual(items);
    expect(splitList('')).toEqual([]);
  });
});
