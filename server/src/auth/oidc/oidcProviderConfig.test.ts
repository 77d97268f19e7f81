import { describe, expect, it } from 'vitest';
import {
  DEFAULT_OIDC_SCOPES,
  OidcProvidersConfigError,
  parseOidcProviders,
} from './oidcProviderConfig.js';

const good = {
  id: 'acme-sso',
  name: 'Acme login',
  issuer: 'https://login.acme.example',
  clientId: 'kring',
  clientSecret: 'very-secret-value',
  organisation: 'Acme',
};

/** The problems `parseOidcProviders` reports for `value` (as JSON). */
function problems(value: unknown): readonly string[] {
  const json = typeof value === 'string' ? value : JSON.stringify(value);
  try {
    parseOidcProviders(json);
  } catch (error) {
    expect(error).toBeInstanceOf(OidcProvidersConfigError);
    const configError = error as OidcProvidersConfigError;
    expect(configError.message).toContain('OIDC_PROVIDERS is invalid');
    for (const problem of configError.problems) expect(configError.message).toContain(problem);
    expect(configError.message).not.toContain('very-secret-value');
    return configError.problems;
  }
  throw new Error('expected the configuration to be refused');
}

describe('parseOidcProviders', () => {
  it('accepts a minimal provider and fills in the defaults', () => {
    expect(parseOidcProviders(JSON.stringify([good]))).toEqual([
      { ...good, allowedEmailDomains: [], scopes: DEFAULT_OIDC_SCOPES },
    ]);
  });

  it('lower-cases and de-duplicates domains, normalises scopes, trims labels', () => {
    const [provider] = parseOidcProviders(
      JSON.stringify([
        {
          ...good,
          name: '  Acme login ',
          allowedEmailDomains: ['Acme.Example', ' acme.example', 'sub.acme.example'],
          scopes: '  openid   email openid groups ',
        },
      ]),
    );
    expect(provider).toMatchObject({
      name: 'Acme login',
      allowedEmailDomains: ['acme.example', 'sub.acme.example'],
      scopes: 'openid email groups',
    });
  });

  it('accepts several providers, an empty list, and http issuers on loopback only', () => {
    expect(parseOidcProviders('[]')).toEqual([]);
    const parsed = parseOidcProviders(
      JSON.stringify([
        { ...good, id: 'a', issuer: 'http://127.0.0.1:4000' },
        { ...good, id: 'b', issuer: 'http://localhost:4000/realms/x' },
        { ...good, id: 'c', issuer: 'http://[::1]:4000' },
      ]),
    );
    expect(parsed.map((p) => p.id)).toEqual(['a', 'b', 'c']);
  });

  it('refuses text that is not JSON without echoing it', () => {
    expect(problems('[{"clientSecret": "very-secret-value"')).toEqual([
      'OIDC_PROVIDERS: is not valid JSON (expected an array of provider objects)',
    ]);
  });

  it('refuses a value that is not an array, and entries that are not objects', () => {
    expect(problems({ ...good })).toEqual([
      'OIDC_PROVIDERS: must be a JSON array of provider objects',
    ]);
    expect(problems([good, 'acme', null])).toEqual([
      'OIDC_PROVIDERS[1]: must be an object',
      'OIDC_PROVIDERS[2]: must be an object',
    ]);
  });

  it('names every missing field', () => {
    expect(problems([{}])).toEqual([
      'OIDC_PROVIDERS[0].id: is required (1–32 characters a-z, 0-9 or -)',
      'OIDC_PROVIDERS[0].name: is required (the sign-in button label)',
      'OIDC_PROVIDERS[0].issuer: is required (the issuer URL)',
      'OIDC_PROVIDERS[0].clientId: is required',
      'OIDC_PROVIDERS[0].clientSecret: is required',
      'OIDC_PROVIDERS[0].organisation: is required (organisation assigned to users of this provider)',
    ]);
  });

  it.each([
    ['id', 'Acme', 'OIDC_PROVIDERS[0].id: must be 1–32 characters a-z, 0-9 or -'],
    ['id', 'a'.repeat(33), 'OIDC_PROVIDERS[0].id: must be 1–32 characters a-z, 0-9 or -'],
    ['id', 'acme_sso', 'OIDC_PROVIDERS[0].id: must be 1–32 characters a-z, 0-9 or -'],
    ['name', '   ', 'OIDC_PROVIDERS[0].name: must not be empty'],
    ['name', 'x'.repeat(101), 'OIDC_PROVIDERS[0].name: must be at most 100 characters'],
    [
      'issuer',
      'login.acme.example',
      'OIDC_PROVIDERS[0].issuer: must be an absolute URL such as https://login.example.org',
    ],
    [
      'issuer',
      'http://login.acme.example',
      'OIDC_PROVIDERS[0].issuer: must use https (plain http is only accepted for 127.0.0.1, localhost and [::1])',
    ],
    [
      'issuer',
      'ftp://login.acme.example',
      'OIDC_PROVIDERS[0].issuer: must use https (plain http is only accepted for 127.0.0.1, localhost and [::1])',
    ],
    [
      'issuer',
      'https://login.acme.example/?tenant=1',
      'OIDC_PROVIDERS[0].issuer: must not contain a query, fragment or credentials',
    ],
    [
      'issuer',
      'https://user:pw@login.acme.example',
      'OIDC_PROVIDERS[0].issuer: must not contain a query, fragment or credentials',
    ],
    ['clientId', '', 'OIDC_PROVIDERS[0].clientId: must not be empty'],
    ['clientSecret', '', 'OIDC_PROVIDERS[0].clientSecret: must not be empty'],
    ['clientSecret', 42, 'OIDC_PROVIDERS[0].clientSecret: is required'],
    ['organisation', ' ', 'OIDC_PROVIDERS[0].organisation: must not be empty'],
    [
      'allowedEmailDomains',
      'acme.example',
      'OIDC_PROVIDERS[0].allowedEmailDomains: must be an array of domain names',
    ],
    [
      'allowedEmailDomains',
      ['@acme.example'],
      'OIDC_PROVIDERS[0].allowedEmailDomains[0]: must be a domain name such as example.org (no @, no wildcards)',
    ],
    [
      'allowedEmailDomains',
      ['*.acme.example'],
      'OIDC_PROVIDERS[0].allowedEmailDomains[0]: must be a domain name such as example.org (no @, no wildcards)',
    ],
    [
      'allowedEmailDomains',
      ['localhost'],
      'OIDC_PROVIDERS[0].allowedEmailDomains[0]: must be a domain name such as example.org (no @, no wildcards)',
    ],
    [
      'allowedEmailDomains',
      [7],
      'OIDC_PROVIDERS[0].allowedEmailDomains[0]: must be a domain name such as example.org',
    ],
    ['scopes', 'email profile', 'OIDC_PROVIDERS[0].scopes: must include "openid"'],
    [
      'scopes',
      'openid "x"',
      'OIDC_PROVIDERS[0].scopes: contains characters not allowed in a scope',
    ],
    ['scopes', ['openid'], 'OIDC_PROVIDERS[0].scopes: must be a space-separated string of scopes'],
  ])('refuses %s = %j', (field, value, expected) => {
    expect(problems([{ ...good, [field]: value }])).toEqual([expected]);
  });

  it('refuses unknown fields, so typos do not pass silently', () => {
    expect(problems([{ ...good, clientID: 'x', secret: 'y' }])).toEqual([
      'OIDC_PROVIDERS[0]: unknown field(s) "clientID", "secret"',
    ]);
  });

  it('refuses repeated ids, also alongside other problems', () => {
    expect(problems([good, { ...good, name: '' }, { ...good, id: 'other' }, good])).toEqual([
      'OIDC_PROVIDERS[1].name: must not be empty',
      'OIDC_PROVIDERS[1].id: repeats the id "acme-sso" of an earlier provider',
      'OIDC_PROVIDERS[3].id: repeats the id "acme-sso" of an earlier provider',
    ]);
  });

  it('lists the problems of every provider in one error', () => {
    const listed = problems([
      { ...good, id: 'BAD' },
      { ...good, id: 'b', issuer: 'http://evil.example', clientSecret: '' },
    ]);
    expect(listed).toHaveLength(3);
    expect(listed.join('\n')).toMatch(/\[0\]\.id[\s\S]*\[1\]\.issuer[\s\S]*\[1\]\.clientSecret/);
  });
});
