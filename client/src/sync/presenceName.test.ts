import { describe, expect, it } from 'vitest';
import { MAX_DISPLAY_NAME_LENGTH } from '@kring/shared';
import { presenceName } from './presenceName.js';

describe('presenceName', () => {
  it('adds the organisation in brackets', () => {
    expect(presenceName({ name: 'Anna', organisation: 'BZK' })).toBe('Anna (BZK)');
    expect(presenceName({ name: ' Anna  de  Vries ', organisation: ' BZK ' })).toBe(
      'Anna de Vries (BZK)',
    );
  });

  it('uses the name alone without organisation or when both would not fit', () => {
    expect(presenceName({ name: 'Anna', organisation: '' })).toBe('Anna');
    const long = 'Gemeente '.repeat(8).trim();
    expect(presenceName({ name: 'Anna', organisation: long })).toBe('Anna');
    const name = 'n'.repeat(MAX_DISPLAY_NAME_LENGTH + 5);
    expect(presenceName({ name, organisation: 'BZK' })).toHaveLength(MAX_DISPLAY_NAME_LENGTH);
  });
});
