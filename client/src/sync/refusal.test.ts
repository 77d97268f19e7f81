import { describe, expect, it } from 'vitest';
import { refusalKind } from './refusal.js';

describe('refusalKind', () => {
  it('classifies the close codes the document page reacts to', () => {
    expect(refusalKind(null)).toBeNull();
    expect(refusalKind(4401)).toBe('unauthenticated');
    expect(refusalKind(4403)).toBe('forbidden');
    expect(refusalKind(4410)).toBe('deleted');
    expect(refusalKind(4413)).toBe('other');
  });
});
