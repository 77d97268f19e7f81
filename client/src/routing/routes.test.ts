import { describe, expect, it } from 'vitest';
import { parseRoute } from './routes.js';

describe('parseRoute', () => {
  it('recognises home and documents', () => {
    expect(parseRoute('/')).toEqual({ name: 'home' });
    expect(parseRoute('/d/abc_-1')).toEqual({ name: 'document', id: 'abc_-1' });
    expect(parseRoute('/d/abc/')).toEqual({ name: 'document', id: 'abc' });
    expect(parseRoute('/d/abc?x=1')).toEqual({ name: 'document', id: 'abc' });
  });

  it('carries a search query to the document', () => {
    expect(parseRoute('/d/abc?q=wet+open')).toEqual({
      name: 'document',
      id: 'abc',
      query: 'wet open',
    });
    expect(parseRoute('/d/abc?q=%20')).toEqual({ name: 'document', id: 'abc' });
  });

  it('recognises the search page with its filters', () => {
    expect(parseRoute('/search?q=nota&tag=beleid&community=BAD')).toEqual({
      name: 'search',
      params: { q: 'nota', community: null, tag: 'beleid', author: null, from: null, to: null },
    });
  });

  it('treats invalid ids and unknown paths as not found', () => {
    expect(parseRoute('/d/')).toEqual({ name: 'not-found' });
    expect(parseRoute('/d/a%20b')).toEqual({ name: 'not-found' });
    expect(parseRoute('/d/%E0%A4%A')).toEqual({ name: 'not-found' });
    expect(parseRoute(`/d/${'x'.repeat(65)}`)).toEqual({ name: 'not-found' });
    expect(parseRoute('/d/abc/more')).toEqual({ name: 'not-found' });
    expect(parseRoute('/elsewhere')).toEqual({ name: 'not-found' });
  });

  it('reads the login page with a safe returnTo and an OIDC error code', () => {
    expect(parseRoute('/login')).toEqual({ name: 'login', returnTo: '/', error: null });
    expect(parseRoute('/login?returnTo=%2Fd%2Fabc')).toEqual({
      name: 'login',
      returnTo: '/d/abc',
      error: null,
    });
    expect(parseRoute('/login?error=access_denied')).toEqual({
      name: 'login',
      returnTo: '/',
      error: 'access_denied',
    });
  });

  it('never returns to another site or to the login page itself', () => {
    for (const returnTo of ['https://evil.example/', '//evil.example', '/\\evil.example', 'x']) {
      const route = parseRoute(`/login?returnTo=${encodeURIComponent(returnTo)}`);
      expect(route).toEqual({ name: 'login', returnTo: '/', error: null });
    }
    expect(parseRoute('/login?returnTo=%2Flogin%3FreturnTo%3D%252F')).toMatchObject({
      returnTo: '/',
    });
  });

  it('drops an error parameter that is not a plain code', () => {
    expect(parseRoute('/login?error=%3Cscript%3E')).toMatchObject({ error: null });
  });

  it('recognises signup, invitations, communities, audit logs and the account', () => {
    expect(parseRoute('/signup')).toEqual({ name: 'signup', invitation: null });
    expect(parseRoute('/signup?invitation=tok_1')).toEqual({
      name: 'signup',
      invitation: 'tok_1',
    });
    expect(parseRoute('/invite/tok-1')).toEqual({ name: 'invite', token: 'tok-1' });
    expect(parseRoute('/reset-password/r-2')).toEqual({ name: 'reset-password', token: 'r-2' });
    expect(parseRoute('/c/pet-community')).toEqual({ name: 'community', slug: 'pet-community' });
    expect(parseRoute('/c/pet-community/')).toEqual({ name: 'community', slug: 'pet-community' });
    expect(parseRoute('/c/pet?tag=Beleid')).toEqual({
      name: 'community',
      slug: 'pet',
      tag: 'beleid',
    });
    expect(parseRoute('/c/pet?tag=%3Cx%3E')).toEqual({ name: 'community', slug: 'pet' });
    expect(parseRoute('/c/pet/files')).toEqual({ name: 'community-files', slug: 'pet' });
    expect(parseRoute('/c/pet/settings')).toEqual({
      name: 'community-settings',
      slug: 'pet',
      tab: 'members',
    });
    expect(parseRoute('/c/pet/settings/trash')).toEqual({
      name: 'community-settings',
      slug: 'pet',
      tab: 'trash',
    });
    expect(parseRoute('/c/pet/settings/nope')).toEqual({ name: 'not-found' });
    expect(parseRoute('/c/pet/files/x')).toEqual({ name: 'not-found' });
    expect(parseRoute('/c/pet-community/audit')).toEqual({
      name: 'audit',
      slug: 'pet-community',
    });
    expect(parseRoute('/account')).toEqual({ name: 'account' });
  });

  it('rejects invalid slugs and tokens', () => {
    expect(parseRoute('/c/PET')).toEqual({ name: 'not-found' });
    expect(parseRoute('/c/-pet')).toEqual({ name: 'not-found' });
    expect(parseRoute('/c/pet/members')).toEqual({ name: 'not-found' });
    expect(parseRoute('/invite/')).toEqual({ name: 'not-found' });
    expect(parseRoute('/reset-password/a%20b')).toEqual({ name: 'not-found' });
    expect(parseRoute('/invite/a%20b')).toEqual({ name: 'not-found' });
    expect(parseRoute(`/invite/${'t'.repeat(201)}`)).toEqual({ name: 'not-found' });
    expect(parseRoute('/signup?invitation=')).toEqual({ name: 'signup', invitation: null });
  });
});

describe('question routes', () => {
  it('parses the questions list with its search and one question', () => {
    expect(parseRoute('/c/pet/questions?q=aanbesteding')).toEqual({
      name: 'questions',
      slug: 'pet',
      query: 'aanbesteding',
    });
    expect(parseRoute('/c/pet/questions/abcDEF123_-x')).toEqual({
      name: 'question',
      slug: 'pet',
      id: 'abcDEF123_-x',
    });
    expect(parseRoute('/c/pet/questions/not%20an%20id').name).toBe('not-found');
    expect(parseRoute('/c/pet/other/abc').name).toBe('not-found');
  });
});
