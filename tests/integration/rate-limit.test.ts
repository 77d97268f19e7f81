import { afterEach, describe, expect, it } from 'vitest';
import { api } from '../support/accounts.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

describe('the sensitive-endpoint rate limit', () => {
  let server: TestServer;
  afterEach(async () => {
    await server.dispose();
  });

  it('is one budget per address across every route that spends it', async () => {
    // 4 a minute: one unit comes back every 15 s, far longer than this test runs.
    server = await startTestServer({ AUTH_RATE_PER_MINUTE: '4' });
    const { token } = server.credentials;
    const login = () =>
      api(server, 'POST', '/api/auth/login', {
        body: { email: 'someone@example.org', password: 'not the password' },
      });
    const spent = [
      await login(),
      await api(server, 'GET', '/api/invitations/not-a-real-token'),
      await api(server, 'POST', '/api/communities/test/invitations', {
        token,
        body: { role: 'reader' },
      }),
      await api(server, 'POST', '/api/me/tokens', { token, body: { name: 'script' } }),
    ];
    expect(spent.map((answer) => answer.status)).not.toContain(429);
    const over = [
      await login(),
      await api(server, 'GET', '/api/invitations/not-a-real-token'),
      await api(server, 'POST', '/api/communities/test/members', {
        token,
        body: { email: 'x@example.org', role: 'reader' },
      }),
    ];
    expect(over.map((answer) => answer.status)).toEqual([429, 429, 429]);
    expect(over[0]!.body).toMatchObject({ error: { code: 'rate_limited' } });
  });
});
