import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  OidcLogin,
  OidcLoginError,
  type OidcLoginErrorCode,
} from '../../server/src/auth/oidc/OidcLogin.js';
import type { OidcProviderConfig } from '../../server/src/auth/oidc/oidcProviderConfig.js';
import { startOidcProvider, type TestOidcProvider } from '../support/oidcProvider.js';
import { signInAtOidcProvider } from '../support/oidcSignIn.js';

/** Nothing listens here: the test stops at the redirect, as the browser would hand it to Kring. */
const REDIRECT_URI = 'http://127.0.0.1:9/api/auth/oidc/test/callback';

/** The OidcLoginError code a promise rejects with. */
async function failureCode(promise: Promise<unknown>): Promise<OidcLoginErrorCode> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(OidcLoginError);
  return (error as OidcLoginError).code;
}

/** A closed port on loopback: listen on any port, note it, close. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('OIDC login against a real OpenID provider', () => {
  let idp: TestOidcProvider;
  let config: OidcProviderConfig;

  beforeAll(async () => {
    idp = await startOidcProvider({
      clients: [{ clientId: 'kring', clientSecret: 'kring-secret', redirectUris: [REDIRECT_URI] }],
      accounts: {
        alice: { email: 'alice@example.org', name: 'Alice Example' },
        bob: { email: 'bob@example.net', name: 'Bob', emailVerified: false },
      },
    });
    config = {
      id: 'test',
      name: 'Test IdP',
      issuer: idp.issuer,
      clientId: 'kring',
      clientSecret: 'kring-secret',
      organisation: 'Example',
      allowedEmailDomains: ['example.org'],
      scopes: 'openid email profile',
    };
  });
  afterAll(async () => {
    expect(idp.errors).toEqual([]);
    await idp.close();
  });

  const login = (options: Partial<ConstructorParameters<typeof OidcLogin>[1]> = {}) =>
    new OidcLogin([config, { ...config, id: 'other', name: 'Other' }], {
      allowInsecureHttp: true,
      ...options,
    });

  it('signs in with code flow, PKCE, state and nonce, and returns the identity', async () => {
    const oidc = login();
    expect(oidc.providers()).toEqual([
      { id: 'test', name: 'Test IdP' },
      { id: 'other', name: 'Other' },
    ]);
    const started = await oidc.start('test', {
      redirectUri: REDIRECT_URI,
      returnTo: '/d/abc?x=1',
      invitation: 'invite-token',
    });
    expect(started.flowId).toMatch(/^[\w-]{43}$/);
    const authorization = new URL(started.redirectUrl);
    expect(authorization.origin).toBe(idp.issuer);
    for (const parameter of ['state', 'nonce', 'code_challenge']) {
      expect(authorization.searchParams.get(parameter)).toMatch(/^[\w-]{43}$/);
    }
    expect(authorization.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorization.searchParams.get('scope')).toBe('openid email profile');

    const callback = await signInAtOidcProvider(started.redirectUrl, 'alice', REDIRECT_URI);
    expect(callback.searchParams.get('code')).toBeTruthy();
    expect(await oidc.finish('test', callback, started.flowId)).toEqual({
      identity: {
        issuer: idp.issuer,
        subject: 'alice',
        email: 'alice@example.org',
        emailVerified: true,
        name: 'Alice Example',
      },
      returnTo: '/d/abc?x=1',
      invitation: 'invite-token',
    });
    expect(oidc.pendingFlows).toBe(0);
  });

  it('reports an unverified email as such and leaves out a missing invitation', async () => {
    const oidc = login();
    const started = await oidc.start('test', { redirectUri: REDIRECT_URI, returnTo: '/' });
    const result = await oidc.finish(
      'test',
      await signInAtOidcProvider(started.redirectUrl, 'bob', REDIRECT_URI),
      started.flowId,
    );
    expect(result.identity).toMatchObject({ subject: 'bob', emailVerified: false, name: 'Bob' });
    expect(result).not.toHaveProperty('invitation');
  });

  it('shows the login form again for an unknown login name', async () => {
    const started = await login().start('test', { redirectUri: REDIRECT_URI, returnTo: '/' });
    await expect(
      signInAtOidcProvider(started.redirectUrl, 'mallory', REDIRECT_URI),
    ).rejects.toThrow(
      /401[\s\S]*role="alert">Unknown login name[\s\S]*<label for="login">Login name<\/label>/,
    );
  });

  it('refuses a replayed flow with unknown_flow', async () => {
    const oidc = login();
    const started = await oidc.start('test', { redirectUri: REDIRECT_URI, returnTo: '/' });
    const callback = await signInAtOidcProvider(started.redirectUrl, 'alice', REDIRECT_URI);
    await oidc.finish('test', callback, started.flowId);
    expect(await failureCode(oidc.finish('test', callback, started.flowId))).toBe('unknown_flow');
    expect(await failureCode(oidc.finish('test', callback, 'made-up'))).toBe('unknown_flow');
  });

  it('refuses a tampered state with login_failed and uses the flow up', async () => {
    const oidc = login();
    const started = await oidc.start('test', { redirectUri: REDIRECT_URI, returnTo: '/' });
    const callback = await signInAtOidcProvider(started.redirectUrl, 'alice', REDIRECT_URI);
    const code = callback.searchParams.get('code') ?? '';
    const tampered = new URL(callback);
    tampered.searchParams.set('state', 'forged-state');
    const error = await oidc.finish('test', tampered, started.flowId).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OidcLoginError);
    expect((error as OidcLoginError).code).toBe('login_failed');
    expect((error as OidcLoginError).message).not.toContain(code);
    expect(await failureCode(oidc.finish('test', callback, started.flowId))).toBe('unknown_flow');
  });

  it('turns an error answer of the provider into login_failed', async () => {
    const oidc = login();
    const started = await oidc.start('test', { redirectUri: REDIRECT_URI, returnTo: '/' });
    const denied = new URL(REDIRECT_URI);
    denied.searchParams.set('error', 'access_denied');
    denied.searchParams.set('state', new URL(started.redirectUrl).searchParams.get('state') ?? '');
    denied.searchParams.set('iss', idp.issuer);
    const error = await oidc.finish('test', denied, started.flowId).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'login_failed',
      message: expect.stringContaining('access_denied'),
    });
  });

  it('refuses unknown providers, and flows finished at another provider', async () => {
    const oidc = login();
    const params = { redirectUri: REDIRECT_URI, returnTo: '/' };
    expect(await failureCode(oidc.start('nope', params))).toBe('unknown_provider');
    const started = await oidc.start('test', params);
    const callback = new URL(`${REDIRECT_URI}?code=x&state=y`);
    expect(await failureCode(oidc.finish('nope', callback, started.flowId))).toBe(
      'unknown_provider',
    );
    expect(await failureCode(oidc.finish('other', callback, started.flowId))).toBe('unknown_flow');
    expect(await failureCode(oidc.finish('test', callback, started.flowId))).toBe('unknown_flow');
  });

  it('makes an unsafe returnTo "/"', async () => {
    const oidc = login();
    const started = await oidc.start('test', {
      redirectUri: REDIRECT_URI,
      returnTo: '//evil.example/x',
    });
    const callback = await signInAtOidcProvider(started.redirectUrl, 'alice', REDIRECT_URI);
    expect((await oidc.finish('test', callback, started.flowId)).returnTo).toBe('/');
  });

  it('expires flows after ten minutes and evicts the oldest beyond the bound', async () => {
    let now = 1_000_000;
    const oidc = login({ now: () => now, maxPendingFlows: 2 });
    const params = { redirectUri: REDIRECT_URI, returnTo: '/' };
    const callback = new URL(`${REDIRECT_URI}?code=x&state=y`);
    const expiring = await oidc.start('test', params);
    now += 10 * 60 * 1000;
    expect(await failureCode(oidc.finish('test', callback, expiring.flowId))).toBe('unknown_flow');
    const first = await oidc.start('test', params);
    await oidc.start('test', params);
    await oidc.start('test', params);
    expect(oidc.pendingFlows).toBe(2);
    expect(await failureCode(oidc.finish('test', callback, first.flowId))).toBe('unknown_flow');
  });
});

describe('OIDC login when the provider is not there', () => {
  const provider = (issuer: string): OidcProviderConfig => ({
    id: 'down',
    name: 'Down',
    issuer,
    clientId: 'kring',
    clientSecret: 'secret',
    organisation: 'Example',
    allowedEmailDomains: [],
    scopes: 'openid',
  });
  const params = { redirectUri: REDIRECT_URI, returnTo: '/' };

  it('answers provider_unavailable for an unreachable issuer', async () => {
    const oidc = new OidcLogin([provider(`http://127.0.0.1:${await closedPort()}`)], {
      allowInsecureHttp: true,
    });
    expect(await failureCode(oidc.start('down', params))).toBe('provider_unavailable');
  });

  it('retries a failed discovery on the next start', async () => {
    let requests = 0;
    const server: Server = createServer((_req, res) => {
      requests += 1;
      if (requests === 1) return void res.writeHead(503).end();
      const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ issuer, authorization_endpoint: `${issuer}/auth` }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const oidc = new OidcLogin([provider(`http://127.0.0.1:${port}`)], {
        allowInsecureHttp: true,
      });
      expect(await failureCode(oidc.start('down', params))).toBe('provider_unavailable');
      const started = await oidc.start('down', params);
      expect(started.redirectUrl).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${port}/auth\\?`));
      await oidc.start('down', params);
      expect(requests).toBe(2);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('refuses an http issuer unless insecure http is allowed', () => {
    expect(
      () => new OidcLogin([provider('http://127.0.0.1:1')], { allowInsecureHttp: false }),
    ).toThrow(/https/);
  });
});
