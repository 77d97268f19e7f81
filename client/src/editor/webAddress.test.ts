import { describe, expect, it } from 'vitest';
import { normaliseWebAddress } from './webAddress.js';

describe('normaliseWebAddress', () => {
  it('adds a scheme to bare addresses', () => {
    expect(normaliseWebAddress(' example.nl/x ')).toBe('https://example.nl/x');
    expect(normaliseWebAddress('anna@example.nl')).toBe('mailto:anna@example.nl');
    expect(normaliseWebAddress('http://example.nl')).toBe('http://example.nl');
    expect(normaliseWebAddress('/d/abc')).toBe('/d/abc');
    expect(normaliseWebAddress('javascript:alert(1)')).toBe('javascript:alert(1)');
  });
});
