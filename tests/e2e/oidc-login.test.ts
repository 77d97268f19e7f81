import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/freePort.js';
import { startOidcProvider, type TestOidcProvider } from '../support/oidcProvider.js';
import { startServerProcess, type ServerProcess } from '../support/serverProcess.js';
import {
  launchBrowser,
  seriousAccessibilityViolations,
  type TestBrowser,
} from './support/browser.js';

describe('signing in with an organisation’s identity provider (OIDC) in Chromium', () => {
  let provider: TestOidcProvider;
  let server: ServerProcess;
  let browser: TestBrowser;

  beforeAll(async () => {
    const port = await freePort();
    provider = await startOidcProvider({
      clients: [
        {
          clientId: 'kring',
          clientSecret: 'kring-e2e-secret',
          redirectUris: [`http://127.0.0.1:${port}/api/auth/oidc/rijk/callback`],
        },
      ],
      accounts: { anna: { email: 'anna@minbzk.nl', name: 'Anna de Vries' } },
    });
    [server, browser] = await Promise.all([
      startServerProcess({
        port,
        env: {
          OIDC_ALLOW_INSECURE_HTTP: 'true',
          OIDC_PROVIDERS: JSON.stringify([
            {
              id: 'rijk',
              name: 'Rijksoverheid',
              issuer: provider.issuer,
              clientId: 'kring',
              clientSecret: 'kring-e2e-secret',
              organisation: 'Rijksoverheid',
              allowedEmailDomains: ['minbzk.nl'],
            },
          ]),
        },
      }),
      launchBrowser(),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
    await provider?.close();
  });

  it('logs in through the provider and returns to the app signed in', async () => {
    const context = await browser.browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${server.url}/login`);
    const button = page.getByRole('button', { name: /sign in with rijksoverheid/i });
    await button.waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await button.click();
    await page.getByLabel('Login name').fill('anna');
    await page.getByLabel('Password').fill('anything');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.origin === server.url);
    await page.getByRole('heading', { name: /your communities/i }).waitFor();
    await page.getByRole('banner').getByText('Anna de Vries').waitFor();
    const me = await page.evaluate(async () => (await fetch('/api/me')).json());
    expect(me).toMatchObject({
      email: 'anna@minbzk.nl',
      organisation: 'Rijksoverheid',
      isGuest: false,
    });
    expect(provider.errors).toEqual([]);
    await context.close();
  });
});
