import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentView } from '@kring/shared';
import { startServerProcess, type ServerProcess } from '../support/serverProcess.js';
import {
  launchBrowser,
  seriousAccessibilityViolations,
  type TestBrowser,
} from './support/browser.js';
import { waitForOfflineCopy, waitForOfflineLine } from './support/offlineCopies.js';
import { inviteAccount, signIn } from './support/session.js';

/** Set by `npm run screenshots`; tests take no screenshots otherwise. */
const SCREENS = process.env['KRING_SCREENSHOTS_DIR'];

const treeRows = (page: Page) =>
  page
    .getByRole('tree', { name: 'Pages' })
    .getByRole('treeitem')
    .evaluateAll((items) =>
      items.map((item) => `${item.getAttribute('aria-level')}:${item.getAttribute('aria-label')}`),
    );

/**
 * A conflict between work made offline and what others did meanwhile is resolved the same way for
 * everyone and shown: a page moved offline under a parent that someone else deleted lands at the
 * top level, with a message; and the person hears what others changed while they were away.
 * Several tabs share one sync: what one tab fetched, the other does not fetch again.
 */
describe('offline conflicts, what changed while away, and tabs', () => {
  let server: ServerProcess;
  let browser: TestBrowser;
  const ids: Record<string, string> = {};

  const api = (path: string, init: RequestInit = {}) =>
    fetch(`${server.url}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${server.credentials.token}`, ...init.headers },
    });
  const importPage = async (name: string, body: string) => {
    const response = await api(`/api/communities/test/import?name=${name}.md`, {
      method: 'POST',
      headers: { 'content-type': 'text/markdown' },
      body,
    });
    expect(response.status).toBe(201);
    ids[name] = ((await response.json()) as DocumentView[])[0]!.id;
  };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServerProcess(), launchBrowser()]);
    await importPage('Ouder', 'De bovenliggende pagina.');
    await importPage('Kind', 'Een pagina die verhuist.');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('puts a page moved offline under a deleted parent at the top level, and says so', async () => {
    const email = await inviteAccount(server.url, server.credentials.token, 'Kees');
    const context = await browser.browser.newContext({
      locale: 'en-US',
      viewport: { width: 1280, height: 800 },
    });
    const page = await context.newPage();
    await signIn(page, server.url, email, '/c/test');
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await waitForOfflineCopy(page, server.url, 'Test community', 2);

    await context.setOffline(true);
    await page.goto(`${server.url}/c/test`);
    await waitForOfflineLine(page, 'offline');
    const tree = page.getByRole('tree', { name: 'Pages' });
    await tree
      .getByRole('treeitem', { name: 'Kind', exact: true })
      .dragTo(tree.getByRole('treeitem', { name: 'Ouder', exact: true }));
    await expect.poll(() => treeRows(page)).toEqual(['1:Ouder', '2:Kind']);
    await waitForOfflineLine(page, 'offline');

    // Meanwhile someone else deletes the parent and writes a new page.
    expect((await api(`/api/documents/${ids['Ouder']}`, { method: 'DELETE' })).status).toBe(204);
    await importPage('Nieuws', 'Nieuw terwijl Kees weg was.');

    await context.setOffline(false);
    await page
      .getByText('“Kind” is now at the top level: its parent page “Ouder” was deleted', {
        exact: false,
      })
      .waitFor();
    const away = page.locator('.kring-sync-notices', {
      hasText: 'While you were away, 1 page changed in Test community',
    });
    await away.getByRole('link', { name: 'Nieuws' }).waitFor();
    await waitForOfflineLine(page, 'saved');
    const kind = (await (await api(`/api/documents/${ids['Kind']}`)).json()) as DocumentView;
    expect(kind.parentId).toBeNull();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    if (SCREENS !== undefined)
      await page.screenshot({ path: `${SCREENS}/offline-notices-1280x800.png` });

    // Read and dismissed, the messages are gone (also after a reload).
    const dismiss = page.getByRole('button', { name: 'Dismiss' });
    while ((await dismiss.count()) > 0) await dismiss.first().click();
    await page.reload();
    await page.getByRole('tree', { name: 'Pages' }).waitFor();
    expect(await page.locator('.kring-sync-notices').count()).toBe(0);
    await context.close();
  });

  it('shares one sync between tabs: changes are fetched once', async () => {
    const email = await inviteAccount(server.url, server.credentials.token, 'Tamara');
    const context = await browser.browser.newContext({
      locale: 'en-US',
      viewport: { width: 1280, height: 800 },
    });
    const first = await context.newPage();
    await signIn(first, server.url, email, '/c/test');
    const pages = ((await (await api('/api/communities/test/documents')).json()) as DocumentView[])
      .length;
    await waitForOfflineCopy(first, server.url, 'Test community', pages);
    const second = await context.newPage();
    await waitForOfflineCopy(second, server.url, 'Test community', pages);

    const pulls: string[] = [];
    context.on('request', (request) => {
      if (request.url().endsWith('/offline/pull')) pulls.push(request.url());
    });
    await importPage('Eerste', 'Een.');
    await importPage('Tweede', 'Twee.');
    // New pages' "last changed" is stamped a moment later, which counts as a change of its own.
    await server.flushDerived();
    // Both tabs start a pass at the same moment, as when the network comes back.
    await Promise.all(
      [first, second].map((tab) => tab.evaluate(() => window.dispatchEvent(new Event('online')))),
    );
    // Both still show the offline screen: the second one learns of the first one's sync.
    for (const tab of [first, second]) {
      await expect
        .poll(() => tab.locator('.kring-offline-community__meta').textContent())
        .toMatch(new RegExp(`^${pages + 2} pages on this device`));
    }
    expect(pulls).toHaveLength(1);

    // Switched off, the community's copy leaves the device; switched on, it comes back.
    const available = first.getByRole('checkbox', { name: /Test community · Available offline/ });
    const meta = first.locator('.kring-offline-community__meta');
    await available.uncheck();
    await expect.poll(() => meta.textContent()).toBe('Not on this device yet');
    await first
      .getByText('The offline data of Test community was removed from this device.')
      .waitFor();
    await available.check();
    await expect
      .poll(() => meta.textContent())
      .toMatch(new RegExp(`^${pages + 2} pages on this device`));
    await context.close();
  });
});
