import { describe, expect, it } from 'vitest';
import { ORGANISATION_TYPES } from '@kring/shared';
import { shapePath, TYPE_SHAPES } from './typeShapes.js';

describe('type shapes', () => {
  it('gives every organisation type its own shape', () => {
    const shapes = ORGANISATION_TYPES.map((type) => TYPE_SHAPES[type]);
    expect(new Set(shapes).size).toBe(ORGANISATION_TYPES.length);
  });

  it('draws closed paths around the centre', () => {
    expect(shapePath('diamond', 10, 10, 4)).toBe('M15,10L10,15L5,10L10,5Z');
    for (const type of ORGANISATION_TYPES) {
      const path = shapePath(TYPE_SHAPES[type], 50, 50, 20);
      expect(path).toMatch(/^M.*Z$/);
      const numbers = (path.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
      expect(numbers.every((n) => Number.isFinite(n))).toBe(true);
    }
  });
});
