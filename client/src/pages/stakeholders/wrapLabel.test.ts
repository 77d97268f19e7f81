import { describe, expect, it } from 'vitest';
import { wrapLabel } from './wrapLabel.js';

describe('wrapLabel', () => {
  it('keeps a short name on one line', () => {
    expect(wrapLabel('Gemeente Utrecht', 20, 2)).toEqual(['Gemeente Utrecht']);
  });

  it('breaks at spaces', () => {
    expect(wrapLabel('Ministerie van Binnenlandse Zaken', 20, 2)).toEqual([
      'Ministerie van',
      'Binnenlandse Zaken',
    ]);
  });

  it('cuts a word longer than a line and ends a name that does not fit with an ellipsis', () => {
    expect(wrapLabel('Rijksdienstvoorondernemend Nederland', 10, 3)).toEqual([
      'Rijksdiens',
      'tvooronder',
      'nemend…',
    ]);
    expect(wrapLabel('Ministerie van Binnenlandse Zaken en Koninkrijksrelaties', 20, 2)).toEqual([
      'Ministerie van',
      'Binnenlandse Zaken…',
    ]);
  });

  it('gives no lines for an empty name', () => {
    expect(wrapLabel('   ', 20, 2)).toEqual([]);
  });
});
