import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL } from '../support/credentials.js';
import { startServerProcess, type ServerProcess } from '../support/serverProcess.js';
import {
  launchBrowser,
  seriousAccessibilityViolations,
  type TestBrowser,
} from './support/browser.js';
import { waitForOtherDocument, waitForStatus } from './support/documentPage.js';
import { inviteAccount, signIn } from './support/session.js';

/** Set by `npm run screenshots`; tests take no screenshots otherwise. */
const SCREENS = process.env['KRING_SCREENSHOTS_DIR'];

interface Person {
  context: BrowserContext;
  page: Page;
}

const pagesTree = (page: Page) => page.getByRole('tree', { name: 'Pages' });
const treeItem = (page: Page, title: string) =>
  pagesTree(page).getByRole('treeitem', { name: title, exact: true });

/** The titles of the tree's visible rows with their level, top to bottom. */
async function treeRows(page: Page): Promise<string[]> {
  return pagesTree(page)
    .getByRole('treeitem')
    .evaluateAll((items) =>
      items.map((item) => `${item.getAttribute('aria-level')}:${item.getAttribute('aria-label')}`),
    );
}

async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    return active?.getAttribute('aria-label') ?? active?.textContent?.trim() ?? '';
  });
}

/** Opens an item's ⋯ menu from the keyboard (focus the row, Tab to its menu button, Enter). */
async function openItemMenu(page: Page, item: Locator): Promise<Locator> {
  await item.focus();
  await page.keyboard.press('Tab');
  expect(await focusedName(page)).toMatch(/^Options for /);
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu');
  await menu.waitFor();
  return menu;
}

/**
 * The sidebar as two people use it: the admin creates pages from the sidebar, nests one by drag
 * and drop and reorders by keyboard; a reader sees the moves after focus or a reload, without
 * move actions, and pins a page to the favourites; on a phone the sidebar is a drawer.
 */
describe('sidebar: page tree, drag and drop, favourites, drawer', () => {
  let server: ServerProcess;
  let browser: TestBrowser;
  let admin: Person;
  let reader: Person;

  const newPage = async (title: string) => {
    const { page } = admin;
    const before = page.url();
    await page.getByRole('button', { name: 'New page' }).click();
    const id = await waitForOtherDocument(page, before);
    await waitForStatus(page, { connection: 'connected' });
    await page.getByRole('textbox', { name: 'Title' }).fill(title);
    await waitForStatus(page, { connection: 'connected', saved: true });
    return id;
  };

  const serverParent = async (id: string) => {
    const response = await fetch(`${server.url}/api/documents/${id}`, {
      headers: { authorization: `Bearer ${server.credentials.token}` },
    });
    return ((await response.json()) as { parentId: string | null }).parentId;
  };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServerProcess(), launchBrowser()]);
    const readerEmail = await inviteAccount(server.url, server.credentials.token, 'Rita', 'reader');
    const open = async (email: string): Promise<Person> => {
      const context = await browser.browser.newContext({
        locale: 'en-US',
        viewport: { width: 1280, height: 800 },
      });
      const page = await context.newPage();
      await signIn(page, server.url, email, '/c/test');
      return { context, page };
    };
    [admin, reader] = await Promise.all([open(ADMIN_EMAIL), open(readerEmail)]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  let alphaId = '';
  let betaId = '';

  it('creates pages from the sidebar and nests one by dragging it onto another', async () => {
    const { page } = admin;
    alphaId = await newPage('Alpha');
    betaId = await newPage('Beta');
    await server.flushDerived();
    await page.reload();
    await expect.poll(() => treeRows(page)).toEqual(['1:Alpha', '1:Beta']);
    // The open page is highlighted.
    expect(await treeItem(page, 'Beta').getAttribute('aria-current')).toBe('page');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    if (SCREENS !== undefined) await page.screenshot({ path: `${SCREENS}/sidebar-1280x800.png` });

    // The reader sees the same tree, without drag handles or move actions.
    await reader.page.reload();
    await expect.poll(() => treeRows(reader.page)).toEqual(['1:Alpha', '1:Beta']);
    expect(await treeItem(reader.page, 'Alpha').getAttribute('draggable')).not.toBe('true');
    const readerMenu = await openItemMenu(reader.page, treeItem(reader.page, 'Alpha'));
    expect(await readerMenu.getByRole('menuitem').allInnerTexts()).toEqual(['Add to favourites']);
    await reader.page.keyboard.press('Escape');
    expect(await focusedName(reader.page)).toBe('Options for Alpha');

    await treeItem(page, 'Beta').dragTo(treeItem(page, 'Alpha'));
    await expect.poll(() => treeRows(page)).toEqual(['1:Alpha', '2:Beta']);
    await expect.poll(() => serverParent(betaId)).toBe(alphaId);

    // The reader's tree follows when the window gets focus again, and after a reload.
    await reader.page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await expect
      .poll(() => treeItem(reader.page, 'Alpha').getAttribute('aria-expanded'))
      .toBe('false');
    await treeItem(reader.page, 'Alpha').focus();
    await reader.page.keyboard.press('ArrowRight');
    await expect.poll(() => treeRows(reader.page)).toEqual(['1:Alpha', '2:Beta']);
    await reader.page.reload();
    await expect.poll(() => treeRows(reader.page)).toEqual(['1:Alpha', '2:Beta']);
  });

  it('moves pages with the keyboard through the ⋯ menu', async () => {
    const { page } = admin;
    // Beta is Alpha's only sub-page: of the moves only "Move out" is possible.
    let menu = await openItemMenu(page, treeItem(page, 'Beta'));
    expect(await focusedName(page)).toBe('Move out');
    await page.keyboard.press('Enter');
    await menu.waitFor({ state: 'detached' });
    await expect.poll(() => treeRows(page)).toEqual(['1:Alpha', '1:Beta']);
    expect(await focusedName(page)).toBe('Options for Beta');

    menu = await openItemMenu(page, treeItem(page, 'Beta'));
    expect(await focusedName(page)).toBe('Move up');
    await page.keyboard.press('Enter');
    await expect.poll(() => treeRows(page)).toEqual(['1:Beta', '1:Alpha']);
    await expect.poll(() => serverParent(betaId)).toBeNull();

    await reader.page.reload();
    await expect.poll(() => treeRows(reader.page)).toEqual(['1:Beta', '1:Alpha']);
  });

  it('shows the error and puts the tree back when the server refuses a move', async () => {
    const { page } = admin;
    const call = (method: string, path: string, body?: unknown) =>
      fetch(`${server.url}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${server.credentials.token}`,
          'content-type': 'application/json',
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    expect(
      (await call('POST', '/api/communities/test/documents', { id: 'gamma-page', title: 'Gamma' }))
        .status,
    ).toBe(201);
    await page.reload();
    await expect.poll(() => treeRows(page)).toEqual(['1:Beta', '1:Alpha', '1:Gamma']);
    // Someone else moves Gamma to the trash meanwhile: this tree does not know yet.
    expect((await call('DELETE', '/api/documents/gamma-page')).status).toBe(204);
    await openItemMenu(page, treeItem(page, 'Gamma'));
    expect(await focusedName(page)).toBe('Move up');
    await page.keyboard.press('Enter');
    const alert = page.getByRole('alert').filter({ hasText: /could not be found/i });
    await alert.waitFor();
    await expect.poll(() => treeRows(page)).toEqual(['1:Beta', '1:Alpha']);
    // The tree is still reachable with Tab although the focused page is gone.
    expect(await pagesTree(page).locator('[role="treeitem"][tabindex="0"]').count()).toBe(1);
  });

  it('pins a page to the favourites', async () => {
    const { page } = reader;
    const favourites = page.getByRole('list', { name: 'Favourites' });
    await page.getByText(/pin a page with its/i).waitFor();
    const menu = await openItemMenu(page, treeItem(page, 'Alpha'));
    await menu.getByRole('menuitem', { name: 'Add to favourites' }).click();
    await favourites.getByRole('link', { name: 'Alpha' }).waitFor();
    await favourites.getByRole('link', { name: 'Alpha' }).click();
    await page.waitForURL(`${server.url}/d/${alphaId}`);
    // Kept on the server: still there after a reload.
    await page.reload();
    await favourites.getByRole('link', { name: 'Alpha' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('is a drawer on a phone, opened and closed with the keyboard', async () => {
    const { page } = admin;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}/d/${betaId}`);
    await waitForStatus(page, { connection: 'connected' });
    const menuButton = page.getByRole('button', { name: 'Open menu' });
    await menuButton.waitFor();
    expect(await pagesTree(page).count()).toBe(0);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    if (SCREENS !== undefined) await page.screenshot({ path: `${SCREENS}/closed-390x844.png` });

    await menuButton.focus();
    await page.keyboard.press('Enter');
    const drawer = page.getByRole('dialog', { name: 'Menu' });
    await drawer.waitFor();
    expect(await focusedName(page)).toBe('Close menu');
    await drawer.getByRole('tree', { name: 'Pages' }).waitFor();
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    if (SCREENS !== undefined) await page.screenshot({ path: `${SCREENS}/drawer-390x844.png` });

    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });
    expect(await focusedName(page)).toBe('Open menu');

    // Choosing a page closes the drawer.
    await page.keyboard.press('Enter');
    await drawer.waitFor();
    await drawer.getByRole('treeitem', { name: 'Alpha', exact: true }).click();
    await page.waitForURL(`${server.url}/d/${alphaId}`);
    await drawer.waitFor({ state: 'detached' });
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});
