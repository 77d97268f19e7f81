import { describe, expect, it } from 'vitest';
import { stripBidiControls } from './text.js';

describe('stripBidiControls', () => {
  it('removes overrides, embeddings, isolates and marks, and keeps all other text', () => {
    expect(stripBidiControls('invoice\u202Egpj.exe')).toBe('invoicegpj.exe');
    const controls = [
      '\u202A',
      '\u202B',
      '\u202C',
      '\u202D',
      '\u202E',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
      '\u200E',
      '\u200F',
      '\u061C',
    ];
    expect(stripBidiControls(`a${controls.join('')}b`)).toBe('ab');
    expect(stripBidiControls('Gemeente Zoetermeer – مرحبا 2027 ✓')).toBe(
      'Gemeente Zoetermeer – مرحبا 2027 ✓',
    );
  });
});
