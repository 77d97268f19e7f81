import type { BrowserContext, Dialog, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchBrowser,
  seriousAccessibilityViolations,
  type TestBrowser,
} from './support/browser.js';
import {
  documentText,
  setName,
  typeAtEnd,
  waitForStatus,
  waitForText,
} from './support/documentPage.js';
import { startServerProcess, type ServerProcess } from '../support/serverProcess.js';

/**
 * One story, as two colleagues live it: Anna creates a document and sends Bram the link; they type
 * at once; Anna loses the network and keeps typing; the server crashes; nothing is lost.
 * The steps share state, so they run in order in one file.
 */
describe('two people co-edit a document in Chromium', () => {
  let server: ServerProcess;
  let browser: TestBrowser;
  let anna: { context: BrowserContext; page: Page };
  let bram: { context: BrowserContext; page: Page };
  let documentUrl: string;

  const openContext = async (locale = 'en-US') => {
    const context = await browser.browser.newContext({ locale });
    return { context, page: await context.newPage() };
  };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServerProcess(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('lets Anna create a document from the home page, which passes axe', async () => {
    anna = await openContext();
    await anna.page.goto(`${server.url}/`);
    expect(await seriousAccessibilityViolations(anna.page)).toEqual([]);
    const link = anna.page.getByLabel(/document link/i);
    await link.fill('not a link!');
    await link.press('Enter');
    await expect.poll(() => link.getAttribute('aria-invalid')).toBe('true');
    expect(new URL(anna.page.url()).pathname).toBe('/');
    expect(await seriousAccessibilityViolations(anna.page)).toEqual([]);
    await anna.page.getByRole('button', { name: /new document/i }).click();
    await anna.page.waitForURL(/\/d\/[A-Za-z0-9_-]{1,64}$/);
    documentUrl = anna.page.url();
    await setName(anna.page, 'Anna');
    await waitForStatus(anna.page, { connection: 'connected' });
  });

  it('shows both people each other’s text, caret name and presence', async () => {
    bram = await openContext();
    await bram.page.goto(documentUrl);
    await setName(bram.page, 'Bram');
    await waitForStatus(bram.page, { connection: 'connected' });

    await typeAtEnd(anna.page, 'Hello from Anna.');
    await waitForText(bram.page, ['Hello from Anna.']);
    await typeAtEnd(bram.page, ' Hi from Bram.');
    await waitForText(anna.page, ['Hello from Anna.', 'Hi from Bram.']);

    await anna.page.locator('.collaboration-carets__label', { hasText: 'Bram' }).waitFor();
    await bram.page.locator('.collaboration-carets__label', { hasText: 'Anna' }).waitFor();
    const annaSees = anna.page.getByRole('list', { name: /people present/i });
    await annaSees.getByRole('listitem').filter({ hasText: 'Bram' }).waitFor();
    await waitForStatus(anna.page, { connection: 'connected', saved: true });
    await waitForStatus(bram.page, { connection: 'connected', saved: true });
    expect(await seriousAccessibilityViolations(anna.page)).toEqual([]);
  });

  it('merges edits made while Anna is offline with Bram’s edits when she comes back', async () => {
    await anna.context.setOffline(true);
    await waitForStatus(anna.page, { connection: 'offline' });
    await typeAtEnd(anna.page, ' Written offline by Anna.');
    await waitForStatus(anna.page, { saved: false });
    await expect
      .poll(() => anna.page.getByRole('status').innerText())
      .toMatch(/not yet on the server/i);
    // Closing the tab now asks first: the edit is not on the server yet.
    const warning = new Promise<Dialog>((resolve) => anna.page.once('dialog', resolve));
    await anna.page.close({ runBeforeUnload: true });
    const dialog = await warning;
    expect(dialog.type()).toBe('beforeunload');
    await dialog.dismiss();

    await typeAtEnd(bram.page, ' Written online by Bram.');
    await waitForStatus(bram.page, { connection: 'connected', saved: true });
    expect(await documentText(bram.page)).not.toContain('Written offline by Anna.');

    await anna.context.setOffline(false);
    const both = [
      'Hello from Anna.',
      'Hi from Bram.',
      'Written offline by Anna.',
      'Written online by Bram.',
    ];
    const annaText = await waitForText(anna.page, both);
    const bramText = await waitForText(bram.page, both);
    expect(annaText).toBe(bramText);
    await waitForStatus(anna.page, { connection: 'connected', saved: true });
  });

  it('keeps everything shown as saved when the server is killed and restarted', async () => {
    await waitForStatus(anna.page, { saved: true });
    await waitForStatus(bram.page, { saved: true });
    const before = await documentText(anna.page);
    await server.restart('SIGKILL');

    // A fresh browser has no local copy: what it shows comes from the server's disk.
    const carla = await openContext();
    await carla.page.goto(documentUrl);
    await waitForStatus(carla.page, { connection: 'connected' });
    await waitForText(carla.page, ['Written offline by Anna.', 'Written online by Bram.']);
    expect(await documentText(carla.page)).toBe(before);
    await carla.context.close();

    await bram.page.reload();
    await waitForStatus(bram.page, { connection: 'connected' });
    expect(await waitForText(bram.page, ['Written online by Bram.'])).toBe(before);
  });

  it('opens a document seen before, and lets Anna edit it, with no network at all', async () => {
    await anna.context.setOffline(true);
    await anna.page.reload();
    await anna.page.locator('.ProseMirror').waitFor();
    await waitForText(anna.page, ['Hello from Anna.']);
    await typeAtEnd(anna.page, ' Still editable offline.');
    await waitForText(anna.page, ['Still editable offline.']);
    await anna.context.setOffline(false);
    await waitForText(bram.page, ['Still editable offline.']);
  });

  it('shows the Dutch interface to a Dutch browser, which also passes axe', async () => {
    const dutch = await openContext('nl-NL');
    await dutch.page.goto(`${server.url}/`);
    await dutch.page.getByRole('button', { name: /nieuw document/i }).waitFor();
    expect(await dutch.page.locator('html').getAttribute('lang')).toBe('nl');
    expect(await seriousAccessibilityViolations(dutch.page)).toEqual([]);
    await dutch.page.goto(documentUrl);
    await waitForStatus(dutch.page, { connection: 'connected' });
    expect(await seriousAccessibilityViolations(dutch.page)).toEqual([]);
    await dutch.context.close();
  });
});
