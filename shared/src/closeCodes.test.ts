import { describe, expect, it } from 'vitest';
import { CLOSE_REASONS, isPermanentClose } from './closeCodes.js';

describe('close codes', () => {
  it('are unique, in the websocket ranges a server may send, with short reasons', () => {
    const codes = CLOSE_REASONS.map((reason) => reason.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const { code, reason } of CLOSE_REASONS) {
      expect(code === 1001 || (code >= 4000 && code <= 4999)).toBe(true);
      expect(new TextEncoder().encode(reason).length).toBeLessThanOrEqual(123);
    }
  });

  it('mark the 4400–4499 range as permanent so clients stop reconnecting', () => {
    expect(isPermanentClose(4400)).toBe(true);
    expect(isPermanentClose(4500)).toBe(false);
    expect(isPermanentClose(1001)).toBe(false);
  });
});
