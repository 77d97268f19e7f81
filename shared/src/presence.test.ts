import { describe, expect, it } from 'vitest';
import { PERSON_COLORS, personColor, presenceName } from './presence.js';

function channel(hex: string, at: number): number {
  const c = parseInt(hex.slice(at, at + 2), 16) / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function luminance(hex: string): number {
  return 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
}

function lab(hex: string): [number, number, number] {
  const [r, g, b] = [channel(hex, 1), channel(hex, 3), channel(hex, 5)];
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((r * 0.4124 + g * 0.3576 + b * 0.1805) / 0.95047);
  const y = f(r * 0.2126 + g * 0.7152 + b * 0.0722);
  const z = f((r * 0.0193 + g * 0.1192 + b * 0.9505) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

describe('person colours', () => {
  it.each(PERSON_COLORS)('%s has at least 4.5:1 contrast with white', (color) => {
    expect(color).toMatch(/^#[0-9a-f]{6}$/);
    expect(1.05 / (luminance(color) + 0.05)).toBeGreaterThanOrEqual(4.5);
  });

  it('are pairwise distinct (ΔE*76 ≥ 30)', () => {
    for (const [i, a] of PERSON_COLORS.entries()) {
      for (const b of PERSON_COLORS.slice(i + 1)) {
        const [la, lb] = [lab(a), lab(b)];
        expect(
          Math.hypot(la[0] - lb[0], la[1] - lb[1], la[2] - lb[2]),
          `${a} vs ${b}`,
        ).toBeGreaterThanOrEqual(30);
      }
    }
  });

  it('gives an account the same colour every time, and spreads accounts over the palette', () => {
    expect(personColor('user-1')).toBe(personColor('user-1'));
    const used = new Set(Array.from({ length: 200 }, (_, i) => personColor(`user-${i}`)));
    expect(used.size).toBe(PERSON_COLORS.length);
  });
});

describe('presence name', () => {
  it('adds the organisation when it fits', () => {
    expect(presenceName({ name: ' Anna  de Vries ', organisation: 'BZK' })).toBe(
      'Anna de Vries (BZK)',
    );
    expect(presenceName({ name: 'Anna', organisation: '' })).toBe('Anna');
    expect(presenceName({ name: 'A'.repeat(55), organisation: 'Ministerie' })).toBe('A'.repeat(55));
  });
});
