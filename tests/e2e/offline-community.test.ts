import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentView } from '@kring/shared';
import { startServerProcess, type ServerProcess } from '../support/serverProcess.js';
import {
  launchBrowser,
  seriousAccessibilityViolations,
  type TestBrowser,
} from './support/browser.js';
import {
  documentText,
  typeAtEnd,
  VISIBLE_WITHIN_MS,
  waitForStatus,
  waitForText,
} from './support/documentPage.js';
import {
  serverMarkdown,
  serverTitles,
  waitForOfflineCopy,
  waitForOfflineLine,
} from './support/offlineCopies.js';
import { inviteAccount, signIn } from './support/session.js';

/** Set by `npm run screenshots`; tests take no screenshots otherwise. */
const SCREENS = process.env['KRING_SCREENSHOTS_DIR'];

interface Person {
  readonly context: BrowserContext;
  readonly page: Page;
}

const PAGES = {
  bikes: { name: 'Fietsplan.md', body: 'De gemeente wil dat meer mensen fietsen naar het werk.' },
  quantum: { name: 'Quantumnetwerk.md', body: 'Een kwantumnetwerk verbindt laboratoria.' },
  agenda: { name: 'Agenda.md', body: 'Agenda van de bijeenkomst.' },
} as const;

const treeItem = (page: Page, title: string) =>
  page.getByRole('tree', { name: 'Pages' }).getByRole('treeitem', { name: title, exact: true });

/**
 * A whole community available offline, as members on a train use it: pages never opened open and
 * can be edited with no network, new pages are made, search finds inflected words; back online
 * the server has all of it. Two people editing one page while the server is down both keep their
 * words. A session that ended and access taken away lose nothing.
 */
describe('offline communities', () => {
  let server: ServerProcess;
  let browser: TestBrowser;
  const ids: Record<keyof typeof PAGES, string> = { bikes: '', quantum: '', agenda: '' };

  const token = () => server.credentials.token;

  /** Signs `email` in on a fresh browser profile and waits until the community is on the device. */
  const person = async (email: string, width = 1280, height = 800): Promise<Person> => {
    const context = await browser.browser.newContext({
      locale: 'en-US',
      viewport: { width, height },
    });
    const page = await context.newPage();
    await signIn(page, server.url, email, '/c/test');
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    const pages = (await serverTitles(server.url, token(), 'test')).length;
    await waitForOfflineCopy(page, server.url, 'Test community', pages);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    if (SCREENS !== undefined) {
      await page.screenshot({
        path: `${SCREENS}/offline-settings-${width}x${height}.png`,
        fullPage: true,
      });
    }
    return { context, page };
  };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServerProcess(), launchBrowser()]);
    for (const [key, { name, body }] of Object.entries(PAGES)) {
      const response = await fetch(`${server.url}/api/communities/test/import?name=${name}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token()}`, 'content-type': 'text/markdown' },
        body,
      });
      expect(response.status).toBe(201);
      const [page] = (await response.json()) as DocumentView[];
      ids[key as keyof typeof PAGES] = page!.id;
    }
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('opens a never-opened page offline, edits it, makes a page; back online the server has both', async () => {
    const email = await inviteAccount(server.url, token(), 'Olga');
    const { context, page } = await person(email);
    await context.setOffline(true);
    await page.goto(`${server.url}/c/test`);
    await waitForOfflineLine(page, 'offline');
    await treeItem(page, 'Fietsplan').click();
    await page.waitForURL(`**/d/${ids.bikes}`);
    await waitForText(page, [PAGES.bikes.body]);
    await typeAtEnd(page, ' Ook in de trein bedacht.');

    await page.getByRole('button', { name: 'New page' }).click();
    await page.waitForURL(
      (url) => /^\/d\/[A-Za-z0-9_-]+$/.test(url.pathname) && !url.pathname.endsWith(ids.bikes),
    );
    const createdId = new URL(page.url()).pathname.slice('/d/'.length);
    await page.getByRole('textbox', { name: 'Title' }).fill('Gemaakt in de trein');
    await typeAtEnd(page, 'Notities zonder netwerk.');
    await expect
      .poll(() => page.locator('.kring-offline-line__detail').first().textContent())
      .toMatch(/2 pages and 1 page change waiting to be sent/);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    if (SCREENS !== undefined) await page.screenshot({ path: `${SCREENS}/offline-1280x800.png` });

    await context.setOffline(false);
    await waitForOfflineLine(page, 'saved');
    await waitForStatus(page, { connection: 'connected', saved: true });
    await server.flushDerived();
    expect(await serverTitles(server.url, token(), 'test')).toContain('Gemaakt in de trein');
    expect(await serverMarkdown(server.url, token(), createdId)).toContain(
      'Notities zonder netwerk.',
    );
    expect(await serverMarkdown(server.url, token(), ids.bikes)).toContain(
      'Ook in de trein bedacht.',
    );
    await context.close();
  });

  it('finds a page offline by an inflected word of its body', async () => {
    const email = await inviteAccount(server.url, token(), 'Sanne');
    const { context, page } = await person(email, 390, 844);
    await context.setOffline(true);
    await page.goto(`${server.url}/search?q=fietst`);
    const hit = page.getByRole('link', { name: 'Fietsplan' });
    await hit.waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    if (SCREENS !== undefined)
      await page.screenshot({ path: `${SCREENS}/offline-search-390x844.png` });
    await context.close();
  });

  it('merges two people editing one page while the server is down', async () => {
    const [first, second] = await Promise.all([
      inviteAccount(server.url, token(), 'Piet').then((email) => person(email)),
      inviteAccount(server.url, token(), 'Ria').then((email) => person(email)),
    ]);
    await server.stop();
    for (const [who, words] of [
      [first, 'Piet schreef dit.'],
      [second, 'Ria schreef dat.'],
    ] as const) {
      await who.page.goto(`${server.url}/d/${ids.quantum}`);
      await waitForText(who.page, [PAGES.quantum.body]);
      await typeAtEnd(who.page, ` ${words}`);
      await waitForOfflineLine(who.page, 'offline');
    }
    await server.start();
    for (const who of [first, second]) {
      await waitForText(who.page, ['Piet schreef dit.', 'Ria schreef dat.'], VISIBLE_WITHIN_MS * 2);
      await waitForStatus(who.page, { connection: 'connected', saved: true });
    }
    const texts = await Promise.all([first, second].map((who) => documentText(who.page)));
    expect(texts[0]).toBe(texts[1]);
    expect(await serverMarkdown(server.url, token(), ids.quantum)).toContain('Ria schreef dat.');
    await Promise.all([first.context.close(), second.context.close()]);
  });
});
