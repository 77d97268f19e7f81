import { afterEach, describe, expect, it } from 'vitest';
import { PASSWORD_MIN_LENGTH } from '@kring/shared';
import { runAdmin } from '../../server/src/cli/admin.js';
import { api } from '../support/accounts.js';
import { CookieSession } from '../support/cookieSession.js';
import { ADMIN_EMAIL, TEST_PASSWORD } from '../support/credentials.js';
import { startTestServer, type TestServer } from '../support/testServer.js';
import { vi } from 'vitest';

const person = (email: string, extra: Record<string, string> = {}) => ({
  name: 'Anna de Vries',
  email,
  organisation: 'Ministerie van BZK',
  password: TEST_PASSWORD,
  ...extra,
});

describe('accounts, sessions and invitations', () => {
  const servers: TestServer[] = [];
  const start = async (env: Record<string, string> = {}, seed = true) => {
    const server = await startTestServer(env, { seed });
    servers.push(server);
    return server;
  };
  afterEach(async () => {
    vi.restoreAllMocks();
    for (const server of servers.splice(0)) await server.dispose();
  });

  it('makes the first account the instance admin, then closes sign-up except by invitation or allowed domain', async () => {
    const server = await start({ SIGNUP_EMAIL_DOMAINS: 'minbzk.nl' }, false);
    const providers = await api(server, 'GET', '/api/auth/providers');
    expect(providers.body).toMatchObject({ local: true, firstRun: true });

    const first = new CookieSession(server.kring.url);
    const created = await first.request('POST', '/api/auth/signup', person('first@example.org'));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ user: { isAdmin: true, isGuest: false } });
    expect(created.headers.getSetCookie()[0]).toMatch(/HttpOnly/i);
    expect(created.headers.getSetCookie()[0]).toMatch(/SameSite=Lax/i);

    const stranger = await api(server, 'POST', '/api/auth/signup', {
      body: person('someone@example.org'),
    });
    expect(stranger).toMatchObject({ status: 403, body: { error: { code: 'signup_closed' } } });
    const colleague = await api(server, 'POST', '/api/auth/signup', {
      body: person('piet@minbzk.nl'),
    });
    expect(colleague).toMatchObject({
      status: 201,
      body: { user: { isAdmin: false, isGuest: false } },
    });
    const twice = await api(server, 'POST', '/api/auth/signup', { body: person('piet@minbzk.nl') });
    expect(twice.status).toBe(409);
    const short = await api(server, 'POST', '/api/auth/signup', {
      body: person('x@minbzk.nl', { password: 'a'.repeat(PASSWORD_MIN_LENGTH - 1) }),
    });
    expect(short).toMatchObject({ status: 400, body: { error: { code: 'invalid_request' } } });
  });

  it('answers an unknown email and a wrong password identically', async () => {
    const server = await start();
    const unknown = await api(server, 'POST', '/api/auth/login', {
      body: { email: 'nobody@example.org', password: 'whatever-it-is' },
    });
    const wrong = await api(server, 'POST', '/api/auth/login', {
      body: { email: ADMIN_EMAIL, password: 'not the password' },
    });
    expect(unknown).toEqual(wrong);
    expect(unknown.status).toBe(401);
    const reset = [
      await api(server, 'POST', '/api/auth/password-reset', {
        body: { email: 'nobody@example.org' },
      }),
      await api(server, 'POST', '/api/auth/password-reset', { body: { email: ADMIN_EMAIL } }),
    ];
    expect(reset[0]).toEqual(reset[1]);
    expect(reset[0]!.status).toBe(202);
  });

  it('requires the CSRF token on cookie requests, refuses cross-site logins, and logout revokes the session', async () => {
    const server = await start();
    const browser = new CookieSession(server.kring.url);
    const crossSite = await browser.request(
      'POST',
      '/api/auth/login',
      { email: ADMIN_EMAIL, password: TEST_PASSWORD },
      { origin: 'https://evil.example' },
    );
    expect(crossSite).toMatchObject({ status: 403, body: { error: { code: 'csrf' } } });
    expect((await browser.login(ADMIN_EMAIL, TEST_PASSWORD)).status).toBe(200);
    const body = { slug: 'pet', name: 'Privacy Enhancing Technologies' };
    const forged = await browser.request('POST', '/api/communities', body, { csrf: false });
    expect(forged).toMatchObject({ status: 403, body: { error: { code: 'csrf' } } });
    expect((await browser.request('POST', '/api/communities', body)).status).toBe(201);

    const cookie = browser.cookie;
    expect((await browser.request('POST', '/api/auth/logout')).status).toBe(204);
    browser.cookie = cookie;
    expect((await browser.request('GET', '/api/auth/session')).status).toBe(401);
  });

  it('rate-limits login attempts with 429 and Retry-After', async () => {
    const server = await start({ AUTH_RATE_PER_MINUTE: '3' });
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const response = await fetch(`${server.kring.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: ADMIN_EMAIL, password: 'guess number one' }),
      });
      statuses.push(response.status);
      retryAfter ??= response.headers.get('retry-after');
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    expect(Number(retryAfter)).toBeGreaterThan(0);
  });

  it('sends security headers with a strict Content-Security-Policy', async () => {
    const server = await start();
    const response = await fetch(`${server.kring.url}/`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(
      (await fetch(`${server.kring.url}/api/openapi.json`).then((r) => r.json())) as object,
    ).toMatchObject({
      openapi: '3.1.0',
    });
  });

  it('lets an invited external sign up as a guest once, bound to the invited email', async () => {
    const server = await start();
    const admin = { token: server.credentials.token };
    const bound = await api(server, 'POST', '/api/communities/test/invitations', {
      ...admin,
      body: { role: 'editor', email: 'guest@tno.nl' },
    });
    expect(bound.status).toBe(201);
    const { token, url } = bound.body as { token: string; url: string };
    expect(url).toBe(`${server.kring.url}/invite/${token}`);
    expect((await api(server, 'GET', `/api/invitations/${token}`)).body).toMatchObject({
      communitySlug: 'test',
      role: 'editor',
      email: 'guest@tno.nl',
    });
    const wrongEmail = await api(server, 'POST', '/api/auth/signup', {
      body: person('other@tno.nl', { invitation: token }),
    });
    expect(wrongEmail.status).toBe(403);
    const guest = new CookieSession(server.kring.url);
    const signedUp = await guest.request(
      'POST',
      '/api/auth/signup',
      person('guest@tno.nl', { invitation: token }),
    );
    expect(signedUp).toMatchObject({ status: 201, body: { user: { isGuest: true } } });
    expect(
      ((await guest.request('GET', '/api/communities')).body as { slug: string }[]).map(
        (c) => c.slug,
      ),
    ).toEqual(['test']);
    expect(
      (await guest.request('POST', '/api/communities', { slug: 'mine', name: 'Mine' })).status,
    ).toBe(403);
    const reused = await api(server, 'POST', '/api/auth/signup', {
      body: person('guest2@tno.nl', { invitation: token }),
    });
    expect(reused).toMatchObject({ status: 400, body: { error: { code: 'invalid_token' } } });
  });

  it('manages accounts with the admin CLI: create-user, create-token, create-community, add-member, reset-password', async () => {
    const server = await start();
    const log: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => void log.push(line));
    vi.spyOn(console, 'error').mockImplementation((line: string) => void log.push(line));
    const env = server.adminEnv();
    const run = (...argv: string[]) => runAdmin(argv, env);
    expect(
      await run(
        'create-user',
        '--email',
        'kees@rivm.nl',
        '--name',
        'Kees',
        '--organisation',
        'RIVM',
      ),
    ).toBe(0);
    expect(log.at(-1)).toMatch(/Set a password within the hour: http:\/\/.+\/reset-password\/\S+/);
    const resetToken = /reset-password\/(\S+)/.exec(log.at(-1)!)![1]!;
    expect(
      (
        await api(server, 'POST', '/api/auth/password-reset/complete', {
          body: { token: resetToken, password: TEST_PASSWORD },
        })
      ).status,
    ).toBe(204);
    expect(
      (await new CookieSession(server.kring.url).login('kees@rivm.nl', TEST_PASSWORD)).status,
    ).toBe(200);
    expect(
      (
        await api(server, 'POST', '/api/auth/password-reset/complete', {
          body: { token: resetToken, password: TEST_PASSWORD },
        })
      ).status,
    ).toBe(400);

    expect(
      await run(
        'create-community',
        '--slug',
        'quantum',
        '--name',
        'Quantum hub',
        '--owner',
        'kees@rivm.nl',
      ),
    ).toBe(0);
    expect(
      await run(
        'create-user',
        '--email',
        'lot@tno.nl',
        '--name',
        'Lot',
        '--organisation',
        'TNO',
        '--guest',
      ),
    ).toBe(0);
    expect(
      await run(
        'add-member',
        '--community',
        'quantum',
        '--email',
        'lot@tno.nl',
        '--role',
        'reader',
      ),
    ).toBe(0);
    expect(await run('create-token', '--email', 'lot@tno.nl', '--name', 'script')).toBe(0);
    const token = log.at(-1)!;
    expect(token).toMatch(/^kring_/);
    const communities = await api(server, 'GET', '/api/communities', { token });
    expect(communities.body).toMatchObject([{ slug: 'quantum', myRole: 'reader' }]);
    expect(await run('reset-password', '--email', 'lot@tno.nl')).toBe(0);
    expect(log.at(-1)).toMatch(/reset-password\//);

    expect(
      await run(
        'add-member',
        '--community',
        'quantum',
        '--email',
        'nobody@x.nl',
        '--role',
        'reader',
      ),
    ).toBe(1);
    expect(
      await run('add-member', '--community', 'quantum', '--email', 'lot@tno.nl', '--role', 'boss'),
    ).toBe(1);
  });
});
