import { describe, expect, it } from 'vitest';
import {
  auditPath,
  communityPath,
  communityTagPath,
  invitePath,
  isPublicPath,
  loginPath,
} from './paths.js';

describe('loginPath', () => {
  it('carries the path to come back to', () => {
    expect(loginPath('/d/abc')).toBe('/login?returnTo=%2Fd%2Fabc');
    expect(loginPath('/invite/t?x=1')).toBe('/login?returnTo=%2Finvite%2Ft%3Fx%3D1');
    expect(loginPath('//evil.example')).toBe('/login?returnTo=%2F');
  });
});

describe('paths', () => {
  it('builds community, audit and invitation paths', () => {
    expect(communityPath('pet')).toBe('/c/pet');
    expect(auditPath('pet')).toBe('/c/pet/audit');
    expect(invitePath('a/b')).toBe('/invite/a%2Fb');
    expect(communityTagPath('pet', 'open data')).toBe('/c/pet?tag=open+data');
  });

  it('knows which pages need no session', () => {
    expect(isPublicPath('/login?returnTo=%2F')).toBe(true);
    expect(isPublicPath('/signup')).toBe(true);
    expect(isPublicPath('/invite/abc')).toBe(true);
    expect(isPublicPath('/')).toBe(false);
    expect(isPublicPath('/d/abc')).toBe(false);
    expect(isPublicPath('/loginx')).toBe(false);
  });
});
