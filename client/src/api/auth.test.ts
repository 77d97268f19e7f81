import { describe, expect, it } from 'vitest';
import { oidcStartUrl } from './auth.js';

describe('oidcStartUrl', () => {
  it('starts at the provider with returnTo and, when given, the invitation', () => {
    expect(oidcStartUrl('rijksoverheid', '/d/abc')).toBe(
      '/api/auth/oidc/rijksoverheid/start?returnTo=%2Fd%2Fabc',
    );
    expect(oidcStartUrl('a b', '/c/pet', 'tok')).toBe(
      '/api/auth/oidc/a%20b/start?returnTo=%2Fc%2Fpet&invitation=tok',
    );
  });
});
