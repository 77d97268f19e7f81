import { describe, expect, it } from 'vitest';
import { nextNodeIndex } from './graphKeys.js';

describe('nextNodeIndex', () => {
  // 7 nodes in 3 columns:  0 1 2 / 3 4 5 / 6
  const move = (from: number, key: string) => nextNodeIndex(from, key, 7, 3);

  it('moves left and right in reading order, wrapping at the ends', () => {
    expect(move(0, 'ArrowRight')).toBe(1);
    expect(move(2, 'ArrowRight')).toBe(3);
    expect(move(6, 'ArrowRight')).toBe(0);
    expect(move(3, 'ArrowLeft')).toBe(2);
    expect(move(0, 'ArrowLeft')).toBe(6);
  });

  it('moves a row up or down, to the last node under a shorter row', () => {
    expect(move(1, 'ArrowDown')).toBe(4);
    expect(move(4, 'ArrowDown')).toBe(6);
    expect(move(6, 'ArrowDown')).toBe(6);
    expect(move(4, 'ArrowUp')).toBe(1);
    expect(move(1, 'ArrowUp')).toBe(1);
  });

  it('goes to the first and last node with Home and End, ignores other keys', () => {
    expect(move(4, 'Home')).toBe(0);
    expect(move(1, 'End')).toBe(6);
    expect(move(1, 'a')).toBeNull();
    expect(nextNodeIndex(0, 'ArrowRight', 0, 3)).toBeNull();
  });
});
