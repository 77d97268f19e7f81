import { describe, expect, it } from 'vitest';
import { PERSON_COLORS } from '@kring/shared';
import { contrastRatio, isHexColor, textColorOn } from './palette.js';

describe('person colours', () => {
  it.each(PERSON_COLORS)(
    '%s has at least 4.5:1 contrast with white and with its label text',
    (color) => {
      expect(isHexColor(color)).toBe(true);
      expect(contrastRatio(color, '#ffffff')).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(color, textColorOn(color))).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('picks black text on light colours', () => {
    expect(textColorOn('#ffe680')).toBe('#000000');
  });
});
