import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from './base64.js';

describe('base64', () => {
  it('round-trips bytes larger than one chunk', () => {
    const bytes = new Uint8Array(40_000).map((_, index) => (index * 7) % 256);
    const text = toBase64(bytes);
    expect(text).toMatch(/^[A-Za-z0-9+/]*={0,2}$/);
    expect(fromBase64(text)).toEqual(bytes);
  });

  it('refuses text that is not base64', () => {
    expect(() => fromBase64('not base64!')).toThrow();
  });
});
