import type { BrowserContext, Dialog, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchBrowser,
  seriousAccessibilityViolations,
  type TestBrowser,
} from './support/browser.js';
import {
  documentText,
  moveCaret,
  typeAtEnd,
  waitForStatus,
  waitForText,
} from './support/documentPage.js';
import { startServerProcess, type ServerProcess } from '../support/serverProcess.js';
import { ADMIN_EMAIL, TEST_PASSWORD } from '../support/credentials.js';
import { inviteAccount, signIn } from './support/session.js';

/**
 * One story, as two colleagues of different organisations live it: Anna (the instance admin)
 * signs in and creates a document in their community; Bram, invited from a partner organisation,
 * signs in and opens the link; they type
 * at once; Anna loses the network and keeps typing; the server crashes; nothing is lost.
 * The steps share state, so they run in order in one file.
 */
describe('two people co-edit a document in Chromium', () => {
  let server: ServerProcess;
  let browser: TestBrowser;
  let anna: { context: BrowserContext; page: Page };
  let bram: { context: BrowserContext; page: Page };
  let documentUrl: string;
  let bramEmail: string;

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

  it('lets Anna sign in and create a document in her community; every screen passes axe', async () => {
    anna = await openContext();
    await anna.page.goto(`${server.url}/`);
    await anna.page.waitForURL(/\/login/);
    expect(await seriousAccessibilityViolations(anna.page)).toEqual([]);
    await anna.page.getByLabel(/email address/i).fill(ADMIN_EMAIL);
    await anna.page.getByLabel(/^password$/i).fill('not the password');
    await anna.page.getByRole('button', { name: /^sign in$/i }).click();
    await anna.page
      .getByText(/email address or password is not correct/i)
      .first()
      .waitFor();
    await signIn(anna.page, server.url, ADMIN_EMAIL);
    await anna.page.getByRole('heading', { name: /your communities/i }).waitFor();
    expect(await seriousAccessibilityViolations(anna.page)).toEqual([]);
    await anna.page
      .getByRole('link', { name: /test community/i })
      .first()
      .click();
    await anna.page.waitForURL(/\/c\/test$/);
    // The community's overview (members are on its settings tab now).
    await anna.page.getByRole('heading', { name: /who is here/i }).waitFor();
    expect(await seriousAccessibilityViolations(anna.page)).toEqual([]);
    await anna.page.getByRole('button', { name: /new document/i }).click();
    await anna.page.waitForURL(/\/d\/[A-Za-z0-9_-]{1,64}$/);
    documentUrl = anna.page.url();
    await waitForStatus(anna.page, { connection: 'connected' });
    expect(await seriousAccessibilityViolations(anna.page)).toEqual([]);
  });

  it('shows both people each other’s text, caret name and presence', async () => {
    bramEmail = await inviteAccount(server.url, server.credentials.token, 'Bram');
    bram = await openContext();
    // Following the link signed out leads to the login page and back to the document.
    await bram.page.goto(documentUrl);
    await bram.page.waitForURL(/\/login\?returnTo=/);
    await bram.page.getByLabel(/email address/i).fill(bramEmail);
    await bram.page.getByLabel(/^password$/i).fill(TEST_PASSWORD);
    await bram.page.getByRole('button', { name: /^sign in$/i }).click();
    await bram.page.waitForURL(documentUrl);
    await waitForStatus(bram.page, { connection: 'connected' });

    await typeAtEnd(anna.page, 'Hello from Anna.');
    await waitForText(bram.page, ['Hello from Anna.']);
    await typeAtEnd(bram.page, ' Hi from Bram.');
    await waitForText(anna.page, ['Hello from Anna.', 'Hi from Bram.']);

    await anna.page.locator('.collaboration-carets__label', { hasText: 'Bram' }).waitFor();
    await bram.page.locator('.collaboration-carets__label', { hasText: 'Test Admin' }).waitFor();
    const annaSees = anna.page.getByRole('list', { name: /people present/i });
    await annaSees.getByRole('listitem').filter({ hasText: 'Bram' }).waitFor();
    await waitForStatus(anna.page, { connection: 'connected', saved: true });
    await waitForStatus(bram.page, { connection: 'connected', saved: true });
    expect(await seriousAccessibilityViolations(anna.page)).toEqual([]);
  });

  it('keeps Anna’s slash menu open while Bram types elsewhere', async () => {
    await anna.page.locator('.ProseMirror').click();
    await moveCaret(anna.page, 'Control+End');
    await anna.page.keyboard.press('Enter');
    await anna.page.keyboard.type('/');
    const menu = anna.page.getByRole('listbox', { name: 'Insert' });
    await menu.waitFor();
    await anna.page.keyboard.press('ArrowDown');
    const chosen = menu.locator('[aria-selected="true"]');
    const choice = await chosen.textContent();
    expect(choice).not.toBe(await menu.getByRole('option').first().textContent());
    await bram.page.locator('.ProseMirror').click();
    await moveCaret(bram.page, 'Control+Home');
    await bram.page.keyboard.type('Bram first. ');
    await waitForText(anna.page, ['Bram first. ']);
    // Still open, with her choice still highlighted: it did not close and open again.
    await anna.page.locator('.collaboration-carets__label', { hasText: 'Bram' }).waitFor();
    expect(await chosen.textContent()).toBe(choice);
    // Escape closes the menu; the typed "/" and the empty paragraph go again.
    await anna.page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    await anna.page.keyboard.press('Backspace');
    await anna.page.keyboard.press('Backspace');
    await waitForText(bram.page, ['Bram first. ']);
    expect(await documentText(anna.page)).not.toContain('/');
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
    await signIn(carla.page, server.url, bramEmail, new URL(documentUrl).pathname);
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
    await dutch.page.goto(`${server.url}/login`);
    await dutch.page.getByRole('button', { name: /^inloggen$/i }).waitFor();
    expect(await dutch.page.locator('html').getAttribute('lang')).toBe('nl');
    expect(await seriousAccessibilityViolations(dutch.page)).toEqual([]);
    await signIn(dutch.page, server.url, bramEmail, '/');
    await dutch.page.getByRole('heading', { name: /je communities/i }).waitFor();
    expect(await seriousAccessibilityViolations(dutch.page)).toEqual([]);
    await dutch.page.goto(documentUrl);
    await waitForStatus(dutch.page, { connection: 'connected' });
    expect(await seriousAccessibilityViolations(dutch.page)).toEqual([]);
    await dutch.context.close();
  });
});
