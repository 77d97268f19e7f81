import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentView, MemberView } from '@kring/shared';
import { CookieSession } from '../support/cookieSession.js';
import { TEST_PASSWORD } from '../support/credentials.js';
import { startServerProcess, type ServerProcess } from '../support/serverProcess.js';
import {
  launchBrowser,
  seriousAccessibilityViolations,
  type TestBrowser,
} from './support/browser.js';
import { typeAtEnd, waitForStatus, waitForText } from './support/documentPage.js';
import { serverMarkdown, waitForOfflineCopy, waitForOfflineLine } from './support/offlineCopies.js';
import { inviteAccount, signIn } from './support/session.js';

/** Set by `npm run screenshots`; tests take no screenshots otherwise. */
const SCREENS = process.env['KRING_SCREENSHOTS_DIR'];

const BODY = 'Afspraken over gegevensdeling tussen de organisaties.';

/**
 * What happens to work made offline when the server's answer changed meanwhile: the session ended
 * (sign in again; nothing queued is lost), or the person was removed from the community (their
 * edits stay on the device, downloadable, and they are told plainly).
 */
describe('offline work when the session ends or access is taken away', () => {
  let server: ServerProcess;
  let browser: TestBrowser;
  let documentId = '';
  const token = () => server.credentials.token;

  const person = async (
    name: string,
  ): Promise<{ email: string; context: BrowserContext; page: Page }> => {
    const email = await inviteAccount(server.url, token(), name);
    const context = await browser.browser.newContext({
      locale: 'en-US',
      viewport: { width: 1280, height: 800 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    await signIn(page, server.url, email, '/c/test');
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await waitForOfflineCopy(page, server.url, 'Test community', 1);
    return { email, context, page };
  };

  /** Edits the page with the network off; the edit waits on the device. */
  const editOffline = async (context: BrowserContext, page: Page, words: string) => {
    await context.setOffline(true);
    await page.goto(`${server.url}/d/${documentId}`);
    await waitForText(page, [BODY]);
    await typeAtEnd(page, ` ${words}`);
    await expect
      .poll(() => page.locator('.kring-offline-line__detail').first().textContent())
      .toMatch(/1 page waiting to be sent/);
  };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServerProcess(), launchBrowser()]);
    const response = await fetch(`${server.url}/api/communities/test/import?name=Afspraken.md`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token()}`, 'content-type': 'text/markdown' },
      body: BODY,
    });
    expect(response.status).toBe(201);
    documentId = ((await response.json()) as DocumentView[])[0]!.id;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('keeps work made offline when the session ended meanwhile, and sends it after signing in', async () => {
    const { email, context, page } = await person('Eva');
    await editOffline(context, page, 'Geschreven voor het verlopen.');
    // Meanwhile every session of Eva's ends (signed out everywhere from another device).
    const elsewhere = new CookieSession(server.url);
    expect((await elsewhere.login(email, TEST_PASSWORD)).status).toBe(200);
    expect((await elsewhere.request('POST', '/api/auth/logout-all')).status).toBe(204);

    await context.setOffline(false);
    await page.waitForURL(/\/login/);
    await page.getByText('1 change made on this device has not reached the server yet.').waitFor();
    if (SCREENS !== undefined)
      await page.screenshot({ path: `${SCREENS}/login-waiting-1280x800.png` });
    await page.getByLabel(/email address/i).fill(email);
    await page.getByLabel(/^password$/i).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: /^sign in$/i }).click();
    await page.waitForURL(`**/d/${documentId}`);
    await waitForStatus(page, { connection: 'connected', saved: true });
    await waitForOfflineLine(page, 'saved');
    expect(await serverMarkdown(server.url, token(), documentId)).toContain(
      'Geschreven voor het verlopen.',
    );
    await context.close();
  });

  it('tells a person removed while offline plainly, and keeps their edits downloadable', async () => {
    const { email, context, page } = await person('Joris');
    await editOffline(context, page, 'Geschreven voor de verwijdering.');
    const members = (await (
      await fetch(`${server.url}/api/communities/test/members`, {
        headers: { authorization: `Bearer ${token()}` },
      })
    ).json()) as MemberView[];
    const joris = members.find((member) => member.user.email === email)!;
    const removed = await fetch(`${server.url}/api/communities/test/members/${joris.user.id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${token()}` },
    });
    expect(removed.status).toBe(204);

    await context.setOffline(false);
    await page.goto(`${server.url}/`);
    const notice = page.getByText('You no longer have access to Test community.', { exact: false });
    await notice.waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    if (SCREENS !== undefined)
      await page.screenshot({ path: `${SCREENS}/offline-revoked-1280x800.png` });
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download my edits' }).first().click();
    const file = await (await download).path();
    expect(await readFile(file, 'utf8')).toContain('Geschreven voor de verwijdering.');
    // The server kept nothing from someone who is no longer a member.
    expect(await serverMarkdown(server.url, token(), documentId)).not.toContain(
      'Geschreven voor de verwijdering.',
    );
    await context.close();
  });

  it('removes everything Kring keeps in the browser at logout on a shared computer', async () => {
    const { context, page } = await person('Wim');
    const kept = () =>
      page.evaluate(async () => ({
        databases: (await indexedDB.databases())
          .map((database) => database.name ?? '')
          .filter((name) => name.startsWith('kring')),
        keys: Object.keys(localStorage).filter((key) => key.startsWith('kring:')),
      }));
    expect((await kept()).databases).toContain('kring-offline');
    await page.goto(`${server.url}/account`);
    await page.getByLabel("Also remove Kring's data from this device", { exact: false }).check();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    if (SCREENS !== undefined) {
      await page.screenshot({ path: `${SCREENS}/account-wipe-1280x800.png`, fullPage: true });
    }
    await page.getByRole('button', { name: 'Log out in this browser' }).click();
    await page.waitForURL(/\/login/);
    await expect.poll(kept).toEqual({ databases: [], keys: [] });
    await context.close();
  });
});
