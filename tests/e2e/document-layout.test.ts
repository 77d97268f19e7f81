import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL } from '../support/credentials.js';
import { startServerProcess, type ServerProcess } from '../support/serverProcess.js';
import {
  launchBrowser,
  seriousAccessibilityViolations,
  type TestBrowser,
} from './support/browser.js';
import { waitForStatus, waitForText } from './support/documentPage.js';
import { inviteAccount, signIn } from './support/session.js';

/** Throwaway screenshots for people to look at; set KRING_SCREENS to keep them elsewhere. */
/** Set by `npm run screenshots`; tests take no screenshots otherwise. */
const SCREENS = process.env['KRING_SCREENSHOTS_DIR'];
const DESKTOP = { width: 1280, height: 800 } as const;
const PHONE = { width: 390, height: 844 } as const;

interface Person {
  context: BrowserContext;
  page: Page;
}

const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Text formatting' });
const bubble = (page: Page) => page.getByRole('toolbar', { name: 'Format selection' });
const panelToggle = (page: Page) => page.getByRole('button', { name: 'Side panel', exact: true });
const panel = (page: Page) => page.getByRole('complementary', { name: 'About this document' });

async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    return active?.getAttribute('aria-label') ?? active?.textContent?.trim() ?? '';
  });
}

const focusInText = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest('.ProseMirror') !== null);

const hasSidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

/** Where the text's first block is, relative to the window. */
const firstLineBox = (page: Page) =>
  page
    .locator('.ProseMirror > *')
    .first()
    .evaluate((block) => {
      const box = block.getBoundingClientRect();
      return { top: box.top, bottom: box.bottom, height: window.innerHeight };
    });

/**
 * The document page as a writing tool: title as the first line, a compact header, one icon
 * toolbar (WAI-ARIA toolbar), a bubble menu on a selection, table controls only in a table, and a
 * right panel with tabs that opens beside the text on wide screens and over it on phones; the
 * same for a reader, without toolbar. At 1280 × 800 and 390 × 844.
 */
describe('document page layout', () => {
  let server: ServerProcess;
  let browser: TestBrowser;
  let writer: Person;
  let reader: Person;
  let documentPath: string;

  const open = async (viewport: { width: number; height: number }): Promise<Person> => {
    const context = await browser.browser.newContext({ locale: 'en-US', viewport });
    return { context, page: await context.newPage() };
  };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServerProcess(), launchBrowser()]);
    writer = await open(DESKTOP);
    await signIn(writer.page, server.url, ADMIN_EMAIL, '/c/test');
    await writer.page.getByRole('button', { name: 'New page' }).click();
    await writer.page.waitForURL(/\/d\/[A-Za-z0-9_-]{1,64}$/);
    documentPath = new URL(writer.page.url()).pathname;
    await waitForStatus(writer.page, { connection: 'connected' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('starts with the title as the first line; Enter moves into the text', async () => {
    const { page } = writer;
    const title = page.getByRole('textbox', { name: 'Title' });
    await title.fill('Layout test');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusInText(page)).toBe(true);
    await page.keyboard.type('First paragraph of the text.');
    await waitForText(page, ['First paragraph of the text.']);
    // The header row: breadcrumb, people present, quiet status, star and panel toggle.
    await page
      .getByRole('navigation', { name: 'Breadcrumb' })
      .getByText('Test community')
      .waitFor();
    await page
      .getByRole('list', { name: 'People present' })
      .getByText(/Test Admin/)
      .waitFor();
    expect(await page.locator('.kring-doc-meta').innerText()).toMatch(/Last changed/);

    // The star pins the page; the sidebar's favourites follow.
    const star = page.getByRole('button', { name: 'Favourite' });
    await expect.poll(() => star.getAttribute('aria-disabled')).toBeNull();
    expect(await star.getAttribute('aria-pressed')).toBe('false');
    await star.click();
    await expect.poll(() => star.getAttribute('aria-pressed')).toBe('true');
    // (By address: the server stores the new title a moment later.)
    await page
      .getByRole('list', { name: 'Favourites' })
      .locator(`a[href="${documentPath}"]`)
      .waitFor();
    await page.getByRole('textbox', { name: 'Title' }).click();
    await page.keyboard.press('Enter');
    await expect.poll(() => focusInText(page)).toBe(true);
    await page.keyboard.press('Control+End');
  });

  it('moves through the toolbar with the arrow keys, Home and End; Escape goes back', async () => {
    const { page } = writer;
    expect(await toolbar(page).locator('button[tabindex="0"]').count()).toBe(1);
    await page.keyboard.press('Alt+F10');
    expect(await focusedName(page)).toBe('Bold');
    await page.keyboard.press('ArrowRight');
    expect(await focusedName(page)).toBe('Italic');
    await page.keyboard.press('End');
    expect(await focusedName(page)).toBe('Redo');
    await page.keyboard.press('ArrowRight');
    expect(await focusedName(page)).toBe('Bold');
    await page.keyboard.press('ArrowLeft');
    expect(await focusedName(page)).toBe('Redo');
    await page.keyboard.press('Home');
    expect(await focusedName(page)).toBe('Bold');
    // One Tab stop: the remembered button.
    expect(await toolbar(page).locator('button[tabindex="0"]').getAttribute('aria-label')).toBe(
      'Bold',
    );
    await page.keyboard.press('Escape');
    await expect.poll(() => focusInText(page)).toBe(true);
  });

  it('shows a bubble menu over selected text, reachable with Alt+F10', async () => {
    const { page } = writer;
    expect(await bubble(page).count()).toBe(0);
    await page.keyboard.press('End');
    await page.keyboard.press('Shift+Home');
    await bubble(page).waitFor();
    await page.keyboard.press('Alt+F10');
    expect(await focusedName(page)).toBe('Bold');
    await page.keyboard.press('ArrowRight');
    expect(await focusedName(page)).toBe('Italic');
    await page.keyboard.press('Enter');
    await page.locator('.ProseMirror em', { hasText: 'First paragraph' }).waitFor();
    if (SCREENS !== undefined) await page.screenshot({ path: `${SCREENS}/bubble-1280x800.png` });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.keyboard.press('End');
    await bubble(page).waitFor({ state: 'detached' });
  });

  it('shows table controls only while the caret is in a table', async () => {
    const { page } = writer;
    const addRow = toolbar(page).getByRole('button', { name: 'Add row' });
    expect(await addRow.count()).toBe(0);
    await toolbar(page).getByRole('button', { name: 'Insert table' }).click();
    await addRow.waitFor();
    const rows = page.locator('.ProseMirror table tr');
    const before = await rows.count();
    await addRow.click();
    await expect.poll(() => rows.count()).toBe(before + 1);
    if (SCREENS !== undefined) await page.screenshot({ path: `${SCREENS}/table-1280x800.png` });
    await page.keyboard.press('Control+Home');
    await addRow.waitFor({ state: 'detached' });
  });

  it('has a right panel, open beside the text, whose tabs follow the arrow keys', async () => {
    const { page } = writer;
    expect(await panelToggle(page).getAttribute('aria-expanded')).toBe('true');
    const controlled = await panelToggle(page).getAttribute('aria-controls');
    expect(await panel(page).getAttribute('id')).toBe(controlled);
    const tabs = panel(page).getByRole('tablist');
    const selected = () =>
      tabs.locator('[role="tab"][aria-selected="true"]').getAttribute('aria-label');
    await tabs.getByRole('tab', { name: 'Contents' }).click();
    expect(await selected()).toBe('Contents');
    await page.keyboard.press('ArrowRight');
    expect(await selected()).toBe('Details');
    expect(await focusedName(page)).toBe('Details');
    await panel(page).getByRole('tabpanel').getByRole('heading', { name: 'Tags' }).waitFor();
    await page.keyboard.press('End');
    expect(await selected()).toBe('Access');
    await page.keyboard.press('ArrowRight');
    expect(await selected()).toBe('Contents');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Home');
    expect(await selected()).toBe('Contents');
    await tabs.getByRole('tab', { name: 'History' }).click();
    await panel(page)
      .getByRole('tabpanel')
      .getByRole('button', { name: /save a named version/i })
      .waitFor();
    expect(await hasSidewaysScroll(page)).toBe(false);
    if (SCREENS !== undefined) await page.screenshot({ path: `${SCREENS}/writer-1280x800.png` });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // Closed, and still closed after a reload (remembered in this browser).
    await panelToggle(page).click();
    await panel(page).waitFor({ state: 'detached' });
    expect(await panelToggle(page).getAttribute('aria-expanded')).toBe('false');
    await page.reload();
    await waitForStatus(page, { connection: 'connected' });
    expect(await panelToggle(page).getAttribute('aria-expanded')).toBe('false');
    expect(await panel(page).count()).toBe(0);
    if (SCREENS !== undefined)
      await page.screenshot({ path: `${SCREENS}/writer-panel-closed-1280x800.png` });
    await panelToggle(page).click();
    await panel(page).waitFor();
  });

  it('on a phone: no sideways scroll, the first line in view, the panel over the text', async () => {
    const phone = await open(PHONE);
    const { page } = phone;
    await signIn(page, server.url, ADMIN_EMAIL, documentPath);
    await waitForStatus(page, { connection: 'connected' });
    await waitForText(page, ['First paragraph']);
    const first = await firstLineBox(page);
    expect(first.top).toBeGreaterThanOrEqual(0);
    expect(first.bottom).toBeLessThanOrEqual(first.height);
    expect(await hasSidewaysScroll(page)).toBe(false);
    // The toolbar is one row that scrolls by itself.
    const row = await toolbar(page).evaluate((element) => ({
      rows: new Set([...element.querySelectorAll('button')].map((b) => b.offsetTop)).size,
      scrolls: getComputedStyle(element).overflowX,
    }));
    expect(row).toEqual({ rows: 1, scrolls: 'auto' });
    expect(await panelToggle(page).getAttribute('aria-expanded')).toBe('false');
    if (SCREENS !== undefined) await page.screenshot({ path: `${SCREENS}/writer-390x844.png` });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await panelToggle(page).click();
    await panel(page).waitFor();
    // The overlay takes the focus to its selected tab; Escape closes it and gives it back.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('tab');
    expect(await hasSidewaysScroll(page)).toBe(false);
    if (SCREENS !== undefined)
      await page.screenshot({ path: `${SCREENS}/writer-panel-390x844.png` });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await panel(page).waitFor({ state: 'detached' });
    expect(await focusedName(page)).toBe('Side panel');
    await phone.context.close();
  });

  it('shows a reader the title as a heading, the text read-only, no toolbar, and the panel', async () => {
    const email = await inviteAccount(server.url, server.credentials.token, 'Rita', 'reader');
    reader = await open(DESKTOP);
    const { page } = reader;
    await signIn(page, server.url, email, documentPath);
    await waitForStatus(page, { connection: 'connected' });
    await page.getByRole('heading', { level: 1, name: 'Layout test' }).waitFor();
    await waitForText(page, ['First paragraph']);
    expect(await page.getByRole('textbox', { name: 'Title' }).count()).toBe(0);
    expect(await page.locator('.ProseMirror').getAttribute('aria-readonly')).toBe('true');
    expect(await toolbar(page).count()).toBe(0);
    await panel(page).getByRole('tab', { name: 'Details' }).click();
    expect(await hasSidewaysScroll(page)).toBe(false);
    if (SCREENS !== undefined) await page.screenshot({ path: `${SCREENS}/reader-1280x800.png` });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.setViewportSize(PHONE);
    await panel(page).waitFor({ state: 'detached' });
    const first = await firstLineBox(page);
    expect(first.top).toBeGreaterThanOrEqual(0);
    expect(first.bottom).toBeLessThanOrEqual(first.height);
    expect(await hasSidewaysScroll(page)).toBe(false);
    if (SCREENS !== undefined) await page.screenshot({ path: `${SCREENS}/reader-390x844.png` });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await panelToggle(page).click();
    await panel(page).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});
