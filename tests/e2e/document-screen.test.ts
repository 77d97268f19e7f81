import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchBrowser,
  seriousAccessibilityViolations,
  type TestBrowser,
} from './support/browser.js';
import { waitForStatus, waitForText, typeAtEnd } from './support/documentPage.js';
import { inviteAccount, signIn } from './support/session.js';
import { ADMIN_EMAIL } from '../support/credentials.js';
import { startServerProcess, type ServerProcess } from '../support/serverProcess.js';

/** Set by `npm run screenshots`; tests take no screenshots otherwise. */
const SCREENS = process.env['KRING_SCREENSHOTS_DIR'];
const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

/** Saves the page at both screen sizes (for people to look at), then restores the desktop size. */
async function screenshots(page: Page, name: string): Promise<void> {
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    if (SCREENS !== undefined)
      await page.screenshot({
        path: `${SCREENS}/${name}-${viewport.width}x${viewport.height}.png`,
      });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

/**
 * The document screen as Anna (the admin) and Bram (a partner) use it: "last changed" follows
 * Bram's edits live, the `/` menu opens below the caret, and a reload with no network still
 * knows who Anna is (header, presence, caret name for Bram, breadcrumb).
 */
describe('the document screen', () => {
  let server: ServerProcess;
  let browser: TestBrowser;
  let anna: { context: BrowserContext; page: Page };
  let bram: { context: BrowserContext; page: Page };
  let documentUrl: string;

  const openContext = async () => {
    const context = await browser.browser.newContext({
      locale: 'en-US',
      viewport: { width: 1280, height: 800 },
    });
    return { context, page: await context.newPage() };
  };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServerProcess(), launchBrowser()]);
    anna = await openContext();
    await signIn(anna.page, server.url, ADMIN_EMAIL, '/c/test');
    await anna.page.getByRole('button', { name: /new document/i }).click();
    await anna.page.waitForURL(/\/d\/[A-Za-z0-9_-]{1,64}$/);
    documentUrl = anna.page.url();
    await waitForStatus(anna.page, { connection: 'connected' });
    const bramEmail = await inviteAccount(server.url, server.credentials.token, 'Bram');
    bram = await openContext();
    await signIn(bram.page, server.url, bramEmail, new URL(documentUrl).pathname);
    await waitForStatus(bram.page, { connection: 'connected' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('updates "last changed" while the document is open', async () => {
    const lastChanged = anna.page.locator('.kring-doc-meta__changed', { hasText: /last changed/i });
    await expect.poll(() => lastChanged.innerText()).toMatch(/Test Admin/);
    await typeAtEnd(bram.page, 'Bram was here.');
    await waitForText(anna.page, ['Bram was here.']);
    await expect.poll(() => lastChanged.innerText(), { timeout: 20_000 }).toMatch(/by Bram/);
  });

  it('opens the / menu below the caret, not over the title and toolbar', async () => {
    await typeAtEnd(anna.page, 'First line.');
    // Low in the window: the whole menu would not fit below, a shortened one does.
    const caretBottom = () =>
      anna.page.evaluate(() => window.getSelection()?.getRangeAt(0).getBoundingClientRect().bottom);
    for (let line = 2; ((await caretBottom()) ?? 0) < 560; line++) {
      await anna.page.keyboard.press('Enter');
      await anna.page.keyboard.type(`Line ${line}.`);
    }
    await anna.page.keyboard.press('Enter');
    await anna.page.keyboard.type('/');
    const menu = anna.page.getByRole('listbox', { name: /./ });
    await menu.waitFor();
    const caret = await anna.page.locator('.kring-slash-query').boundingBox();
    const box = await menu.boundingBox();
    expect(caret).not.toBeNull();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(caret!.y + caret!.height);
    await screenshots(anna.page, 'document-slash-menu');
    await anna.page.keyboard.press('Escape');
    await anna.page.keyboard.press('Backspace');
    await waitForStatus(anna.page, { connection: 'connected', saved: true });
    expect(await seriousAccessibilityViolations(anna.page)).toEqual([]);
    await screenshots(anna.page, 'document');
  });

  it('still knows who Anna is after a reload with no network, and so do the others', async () => {
    await anna.page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await anna.context.setOffline(true);
    await anna.page.reload();
    await anna.page.locator('.ProseMirror').waitFor();
    await waitForStatus(anna.page, { connection: 'offline' });
    const header = anna.page.locator('header');
    await expect.poll(() => header.innerText()).toMatch(/Test Admin/);
    const people = anna.page.getByRole('list', { name: /people present/i });
    await people
      .getByRole('listitem')
      .filter({ hasText: /Test Admin.*\(you\)/ })
      .waitFor();
    expect(await people.innerText()).not.toMatch(/guest/i);
    const breadcrumb = anna.page.getByRole('navigation', { name: /breadcrumb|path/i });
    await expect.poll(() => breadcrumb.innerText()).toMatch(/test community/i);
    await screenshots(anna.page, 'document-offline');

    await anna.context.setOffline(false);
    await waitForStatus(anna.page, { connection: 'connected' });
    await typeAtEnd(anna.page, ' Back online.');
    await waitForText(bram.page, ['Back online.']);
    const labels = bram.page.locator('.collaboration-carets__label');
    await labels.filter({ hasText: 'Test Admin' }).waitFor();
    expect(await labels.allInnerTexts()).not.toContainEqual(expect.stringMatching(/guest/i));
  });
});
