import { describe, expect, it } from 'vitest';
import { initialsOf } from './PresenceList.js';

describe('initialsOf', () => {
  it('takes the first letters of the first and last name', () => {
    expect(initialsOf('Anna de Vries')).toBe('AV');
    expect(initialsOf('bram')).toBe('B');
  });

  it('skips the organisation in brackets and words without letters', () => {
    expect(initialsOf('Test Admin (Kring)')).toBe('TA');
    expect(initialsOf('Élise – Ørsted')).toBe('ÉØ');
    expect(initialsOf('  ')).toBe('?');
  });
});
