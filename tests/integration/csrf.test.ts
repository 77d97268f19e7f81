import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CookieSession } from '../support/cookieSession.js';
import { ADMIN_EMAIL, TEST_PASSWORD } from '../support/credentials.js';
import { appRoutes } from '../support/routeStack.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Fills a route's `:params` with plausible values, so each request reaches its handler. */
const concrete = (path: string) =>
  path.replace(/:(\w+)/g, (_match, name: string) => (name === 'slug' ? 'test' : `x${name}`));

describe('CSRF: every state-changing route refuses a cross-site request with the session cookie', () => {
  let server: TestServer;
  const browser = () => new CookieSession(server.kring.url);
  let session: CookieSession;

  beforeAll(async () => {
    server = await startTestServer();
    session = browser();
    expect((await session.login(ADMIN_EMAIL, TEST_PASSWORD)).status).toBe(200);
  });
  afterAll(() => server.dispose());

  it('finds the state-changing routes in the router stack', () => {
    const changing = appRoutes(server.kring.app).filter((r) => !SAFE_METHODS.has(r.method));
    const names = changing.map((r) => `${r.method} ${r.path}`);
    // A sample, so an enumeration that silently finds nothing cannot pass.
    for (const known of [
      'POST /api/communities/:slug/documents',
      'DELETE /api/documents/:id',
      'POST /api/communities/:slug/files',
      'POST /api/communities/:slug/import',
      'POST /api/documents/:id/versions/:versionId/restore',
      'POST /api/auth/logout',
    ]) {
      expect(names).toContain(known);
    }
    expect(changing.length).toBeGreaterThanOrEqual(32);
  });

  it('refuses each of them from another site, and without the CSRF header', async () => {
    const changing = appRoutes(server.kring.app).filter((r) => !SAFE_METHODS.has(r.method));
    const accepted: string[] = [];
    for (const route of changing) {
      for (const origin of ['https://evil.example', server.kring.url]) {
        // A cross-site form or fetch carries the cookie but can neither read nor set the header.
        const answer = await session.request(
          route.method,
          concrete(route.path),
          {},
          { csrf: false, origin },
        );
        const code = (answer.body as { error?: { code?: string } } | null)?.error?.code;
        const refused = route.path.startsWith('/api/admin/')
          ? answer.status === 403
          : answer.status === 403 && code === 'csrf';
        if (!refused)
          accepted.push(`${route.method} ${route.path} (${origin}): ${answer.status} ${code}`);
      }
    }
    expect(accepted).toEqual([]);
    // The session survived every attempt (logout was refused too).
    expect((await session.request('GET', '/api/auth/session')).status).toBe(200);
  });
});
