import { describe, expect, it } from 'vitest';
import { contrastRatio, isHexColor, PERSON_COLORS, textColorOn } from './palette.js';

describe('person colours', () => {
  it.each(PERSON_COLORS)('%s has at least 4.5:1 contrast with white text', (color) => {
    expect(isHexColor(color)).toBe(true);
    expect(contrastRatio(color, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(textColorOn(color)).toBe('#ffffff');
  });

  it('picks black text on light colours', () => {
    expect(textColorOn('#ffe680')).toBe('#000000');
  });
});
