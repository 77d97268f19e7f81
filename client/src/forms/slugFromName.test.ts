import { describe, expect, it } from 'vitest';
import { slugSchema } from '@kring/shared';
import { MAX_SLUG_LENGTH, slugFromName } from './slugFromName.js';

describe('slugFromName', () => {
  it('makes a valid slug from a name', () => {
    for (const [name, slug] of [
      ['Privacy-Enhancing Technologies (PET)', 'privacy-enhancing-technologies-pet'],
      ['Quantum Hub Délft', 'quantum-hub-delft'],
      ['  --Robotica!! ', 'robotica'],
    ] as const) {
      expect(slugFromName(name)).toBe(slug);
      expect(slugSchema.safeParse(slug).success).toBe(true);
    }
  });

  it('stays within the length limit and may be empty', () => {
    const slug = slugFromName('a b '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slugSchema.safeParse(slug).success).toBe(true);
    expect(slugFromName('!!!')).toBe('');
  });
});
