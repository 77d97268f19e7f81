import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { api } from '../support/accounts.js';
import { signInAtOidcProvider } from '../support/oidcSignIn.js';
import type { TestOidcProvider } from '../support/oidcProvider.js';
import { IDP_ID, IDP_ORGANISATION, startKringWithOidc } from '../support/oidcSetup.js';
import type { TestServer } from '../support/testServer.js';

/** Runs the login as a browser would: start, sign in at the provider, follow the callback. */
async function oidcLogin(
  server: TestServer,
  redirectUri: string,
  login: string,
  query = 'returnTo=/c/test',
): Promise<{ location: string; cookie: string | null }> {
  const start = await fetch(`${server.kring.url}/api/auth/oidc/${IDP_ID}/start?${query}`, {
    redirect: 'manual',
  });
  expect(start.status).toBe(303);
  const flowCookie = start.headers.getSetCookie()[0]!.split(';')[0]!;
  const callback = await signInAtOidcProvider(start.headers.get('location')!, login, redirectUri);
  const finished = await fetch(callback, { redirect: 'manual', headers: { cookie: flowCookie } });
  expect(finished.status).toBe(303);
  const session = finished.headers.getSetCookie().find((c) => c.startsWith('kring_session='));
  return { location: finished.headers.get('location')!, cookie: session?.split(';')[0] ?? null };
}

describe('OpenID Connect login routes against a real provider', () => {
  let server: TestServer;
  let provider: TestOidcProvider;
  let redirectUri: string;
  beforeEach(async () => {
    ({ server, provider, redirectUri } = await startKringWithOidc());
  });
  afterEach(async () => {
    await server.dispose();
    await provider.close();
  });

  it('lists the provider, creates an account for an allowed domain and signs it in', async () => {
    expect((await api(server, 'GET', '/api/auth/providers')).body).toMatchObject({
      oidc: [{ id: IDP_ID, name: 'Rijksoverheid login' }],
    });
    const { location, cookie } = await oidcLogin(server, redirectUri, 'anna');
    expect(location).toBe('/c/test');
    const session = await fetch(`${server.kring.url}/api/auth/session`, {
      headers: { cookie: cookie! },
    });
    expect(await session.json()).toMatchObject({
      user: {
        email: 'anna@minbzk.nl',
        name: 'Anna de Vries',
        organisation: IDP_ORGANISATION,
        isGuest: false,
      },
    });
    const again = await oidcLogin(server, redirectUri, 'anna');
    expect(again.cookie).not.toBeNull();
    expect(provider.errors).toEqual([]);
  });

  it('refuses an unknown person without invitation, and admits them as a guest with one', async () => {
    const refused = await oidcLogin(server, redirectUri, 'extern');
    expect(refused).toEqual({ location: '/login?error=signup_closed', cookie: null });

    const invitation = await api(server, 'POST', '/api/communities/test/invitations', {
      token: server.credentials.token,
      body: { role: 'editor' },
    });
    const token = (invitation.body as { token: string }).token;
    const admitted = await oidcLogin(
      server,
      redirectUri,
      'extern',
      `returnTo=/c/test&invitation=${token}`,
    );
    expect(admitted.location).toBe('/c/test');
    const communities = await fetch(`${server.kring.url}/api/communities`, {
      headers: { cookie: admitted.cookie! },
    });
    expect(await communities.json()).toMatchObject([{ slug: 'test', myRole: 'editor' }]);
    const me = await fetch(`${server.kring.url}/api/me`, { headers: { cookie: admitted.cookie! } });
    expect(await me.json()).toMatchObject({ isGuest: true, organisation: IDP_ORGANISATION });
  });

  it('sends a replayed callback back to the login page', async () => {
    const start = await fetch(`${server.kring.url}/api/auth/oidc/${IDP_ID}/start`, {
      redirect: 'manual',
    });
    const flowCookie = start.headers.getSetCookie()[0]!.split(';')[0]!;
    const callback = await signInAtOidcProvider(
      start.headers.get('location')!,
      'anna',
      redirectUri,
    );
    await fetch(callback, { redirect: 'manual', headers: { cookie: flowCookie } });
    const replay = await fetch(callback, { redirect: 'manual', headers: { cookie: flowCookie } });
    expect(replay.headers.get('location')).toBe('/login?error=unknown_flow');
  });
});
