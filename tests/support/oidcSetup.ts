import { startOidcProvider, type TestOidcProvider } from './oidcProvider.js';
import { freePort } from './freePort.js';
import { startTestServer, type TestServer } from './testServer.js';

/** Id of the identity provider configured in {@link startKringWithOidc}. */
export const IDP_ID = 'rijk';
/** Organisation the provider maps its people to. */
export const IDP_ORGANISATION = 'Rijksoverheid';

/**
 * A real OIDC provider and a Kring server configured to use it (PKCE, loopback http). The
 * provider knows `anna` (anna@minbzk.nl, an allowed domain) and `extern` (extern@tno.nl).
 */
export async function startKringWithOidc(
  env: Record<string, string> = {},
): Promise<{ server: TestServer; provider: TestOidcProvider; redirectUri: string }> {
  const port = await freePort();
  const redirectUri = `http://127.0.0.1:${port}/api/auth/oidc/${IDP_ID}/callback`;
  const provider = await startOidcProvider({
    clients: [
      { clientId: 'kring', clientSecret: 'kring-test-secret', redirectUris: [redirectUri] },
    ],
    accounts: {
      anna: { email: 'anna@minbzk.nl', name: 'Anna de Vries' },
      extern: { email: 'extern@tno.nl', name: 'Erik Extern' },
    },
  });
  const server = await startTestServer({
    PORT: String(port),
    OIDC_ALLOW_INSECURE_HTTP: 'true',
    OIDC_PROVIDERS: JSON.stringify([
      {
        id: IDP_ID,
        name: 'Rijksoverheid login',
        issuer: provider.issuer,
        clientId: 'kring',
        clientSecret: 'kring-test-secret',
        organisation: IDP_ORGANISATION,
        allowedEmailDomains: ['minbzk.nl'],
      },
    ]),
    ...env,
  });
  return { server, provider, redirectUri };
}
