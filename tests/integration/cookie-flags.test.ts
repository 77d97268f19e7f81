import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, TEST_PASSWORD } from '../support/credentials.js';
import { IDP_ID, startKringWithOidc } from '../support/oidcSetup.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

/** A `Set-Cookie` header as name, value and lower-cased attributes. */
function parseSetCookie(header: string) {
  const [pair = '', ...parts] = header.split(';').map((part) => part.trim());
  const [name = '', value = ''] = pair.split('=');
  const attributes = new Map<string, string>();
  for (const part of parts) {
    const [key = '', attribute = ''] = part.split('=');
    attributes.set(key.toLowerCase(), attribute);
  }
  return { name, value, attributes };
}

const cookieNamed = (response: Response, name: string) => {
  const header = response.headers.getSetCookie().find((cookie) => cookie.startsWith(`${name}=`));
  expect(header, `Set-Cookie ${name}`).toBeDefined();
  return parseSetCookie(header!);
};

describe('cookie flags: session and OIDC flow cookies', () => {
  const stops: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const stop of stops.splice(0)) await stop();
  });
  const login = (server: TestServer) =>
    fetch(`${server.kring.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: ADMIN_EMAIL, password: TEST_PASSWORD }),
    });

  it.each([
    ['http (no PUBLIC_URL)', {}, 'kring_session', false],
    ['https PUBLIC_URL', { PUBLIC_URL: 'https://kring.example.org' }, '__Host-kring_session', true],
  ] as const)('session cookie over %s', async (_name, env, cookieName, secure) => {
    const server = await startTestServer(env);
    stops.push(() => server.dispose());
    const response = await login(server);
    expect(response.status).toBe(200);
    const cookie = cookieNamed(response, cookieName);
    expect(cookie.attributes.has('httponly')).toBe(true);
    expect(cookie.attributes.get('samesite')?.toLowerCase()).toBe('lax');
    expect(cookie.attributes.get('path')).toBe('/');
    expect(cookie.attributes.has('secure')).toBe(secure);
    expect(cookie.attributes.has('domain')).toBe(false);
    expect(cookie.value.length).toBeGreaterThanOrEqual(32);

    const logout = await fetch(`${server.kring.url}/api/auth/logout`, {
      method: 'POST',
      headers: {
        cookie: `${cookieName}=${cookie.value}`,
        'x-kring-csrf': await csrfOf(server, cookieName, cookie.value),
      },
    });
    expect(logout.status).toBeLessThan(300);
    const cleared = cookieNamed(logout, cookieName);
    expect(cleared.value).toBe('');
    expect(cleared.attributes.has('secure')).toBe(secure);
    expect(cleared.attributes.get('path')).toBe('/');
  });

  it.each([
    ['http (no PUBLIC_URL)', {}, false],
    ['https PUBLIC_URL', { PUBLIC_URL: 'https://kring.example.org' }, true],
  ] as const)('OIDC flow cookie over %s', async (_name, env, secure) => {
    const { server, provider } = await startKringWithOidc(env);
    stops.push(async () => {
      await server.dispose();
      await provider.close();
    });
    const start = await fetch(`${server.kring.url}/api/auth/oidc/${IDP_ID}/start`, {
      redirect: 'manual',
    });
    expect(start.status).toBe(303);
    const cookie = cookieNamed(start, 'kring_oidc_flow');
    expect(cookie.attributes.has('httponly')).toBe(true);
    expect(cookie.attributes.get('samesite')?.toLowerCase()).toBe('lax');
    expect(cookie.attributes.get('path')).toBe('/api/auth/oidc');
    expect(cookie.attributes.has('secure')).toBe(secure);
    expect(Number(cookie.attributes.get('max-age'))).toBeLessThanOrEqual(600);
  });
});

/** The CSRF token of a session, as the app reads it from `GET /api/auth/session`. */
async function csrfOf(server: TestServer, cookieName: string, value: string): Promise<string> {
  const response = await fetch(`${server.kring.url}/api/auth/session`, {
    headers: { cookie: `${cookieName}=${value}` },
  });
  return ((await response.json()) as { csrfToken: string }).csrfToken;
}
