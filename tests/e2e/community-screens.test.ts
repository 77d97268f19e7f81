import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL } from '../support/credentials.js';
import { startServerProcess, type ServerProcess } from '../support/serverProcess.js';
import {
  launchBrowser,
  seriousAccessibilityViolations,
  type TestBrowser,
} from './support/browser.js';
import { waitForStatus } from './support/documentPage.js';
import { inviteAccount, signIn } from './support/session.js';

/** Set by `npm run screenshots`; tests take no screenshots otherwise. */
const SCREENS = process.env['KRING_SCREENSHOTS_DIR'];
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

interface Person {
  context: BrowserContext;
  page: Page;
}

function noSidewaysScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

/** The screen is axe-clean and does not scroll sideways; a screenshot is kept when asked for. */
async function checkScreen(page: Page, name: string): Promise<void> {
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  expect(await noSidewaysScroll(page)).toBe(true);
  const { width, height } = page.viewportSize() ?? DESKTOP;
  if (SCREENS !== undefined)
    await page.screenshot({ path: `${SCREENS}/${name}-${width}x${height}.png` });
}

/**
 * A community's screens: the overview (recent changes, pages, pinned pages, tags, who is here),
 * the files screen and the settings area with one tab per task, at desktop and phone width; an
 * editor sees only the tabs they may use and is told so at the address of another.
 */
describe('community screens: overview, files, settings tabs', () => {
  let server: ServerProcess;
  let browser: TestBrowser;
  let admin: Person;
  let editor: Person;
  const ids: Record<string, string> = {};

  const api = async (path: string, method: string, body?: unknown): Promise<Response> =>
    fetch(`${server.url}/api${path}`, {
      method,
      headers: {
        authorization: `Bearer ${server.credentials.token}`,
        'content-type': 'application/json',
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServerProcess(), launchBrowser()]);
    for (const title of ['Privacy by design', 'Werkafspraken', 'Begroting 2026']) {
      const created = await api('/communities/test/documents', 'POST', { title });
      ids[title] = ((await created.json()) as { id: string }).id;
    }
    await api(`/documents/${ids['Privacy by design']}`, 'PATCH', { tags: ['privacy', 'beleid'] });
    await api(`/documents/${ids['Werkafspraken']}`, 'PATCH', { tags: ['beleid'] });
    // The admin pins one page: the overview lists it under "Pinned pages".
    expect((await api(`/me/favourites/${ids['Werkafspraken']}`, 'PUT')).status).toBe(204);
    const editorEmail = await inviteAccount(server.url, server.credentials.token, 'Eddie');
    const open = async (email: string): Promise<Person> => {
      const context = await browser.browser.newContext({ locale: 'en-US', viewport: DESKTOP });
      const page = await context.newPage();
      await signIn(page, server.url, email, '/c/test');
      return { context, page };
    };
    [admin, editor] = await Promise.all([open(ADMIN_EMAIL), open(editorEmail)]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('shows who is here: a second person with a page open, by name and page', async () => {
    await editor.page.goto(`${server.url}/d/${ids['Begroting 2026']}`);
    await waitForStatus(editor.page, { connection: 'connected' });
    const { page } = admin;
    await page.goto(`${server.url}/c/test`);
    await page.getByRole('heading', { level: 1, name: 'Test community' }).waitFor();
    const here = page.getByRole('list', { name: 'Who is here' });
    const eddie = here.getByRole('listitem').filter({ hasText: 'Eddie' });
    await eddie.waitFor();
    expect(await eddie.innerText()).toContain('Partner');
    await eddie.getByRole('link', { name: 'Begroting 2026' }).waitFor();
    await checkScreen(page, 'overview');
  });

  it('lists the pinned pages of this community and its tags with counts', async () => {
    const { page } = admin;
    const pinned = page.getByRole('list', { name: 'Pinned pages' });
    expect(await pinned.getByRole('link').allInnerTexts()).toEqual(['Werkafspraken']);
    const tags = page.getByRole('list', { name: 'Tags' });
    // Most used first; the count is read out in words.
    expect(await tags.locator('.kring-tag-cloud__name').allInnerTexts()).toEqual([
      'beleid',
      'privacy',
    ]);
    await tags.getByRole('link', { name: 'beleid (2 pages)', exact: true }).waitFor();
    await tags.getByRole('link', { name: 'privacy (1 page)', exact: true }).waitFor();
  });

  it('filters the page list by a tag from the tag links, and back', async () => {
    const { page } = admin;
    const list = page.getByRole('list', { name: 'Pages of Test community' });
    await list.getByRole('link', { name: 'Begroting 2026' }).waitFor();
    await page
      .getByRole('list', { name: 'Tags' })
      .getByRole('link', { name: /^privacy/ })
      .click();
    await page.waitForURL(/\/c\/test\?tag=privacy$/);
    await list.getByRole('link', { name: 'Begroting 2026' }).waitFor({ state: 'detached' });
    expect(await list.getByRole('link', { name: 'Privacy by design' }).count()).toBe(1);
    const current = page.getByRole('list', { name: 'Tags' }).locator('[aria-current="page"]');
    expect(await current.innerText()).toMatch(/^privacy/);
    await page.getByRole('link', { name: 'Show all pages' }).click();
    await page.waitForURL(/\/c\/test$/);
    await list.getByRole('link', { name: 'Begroting 2026' }).waitFor();
  });

  it('shows the files screen full width', async () => {
    const { page } = admin;
    await page.goto(`${server.url}/c/test/files`);
    await page.getByRole('heading', { level: 1, name: 'Files – Test community' }).waitFor();
    await page.getByRole('button', { name: /^files to upload$/i }).waitFor();
    await checkScreen(page, 'files');
  });

  it('moves between the settings tabs by keyboard, each with its own address', async () => {
    const { page } = admin;
    await page.goto(`${server.url}/c/test/settings`);
    const tabs = page.getByRole('navigation', { name: 'Settings of Test community' });
    await tabs.getByRole('link', { name: 'Members' }).waitFor();
    expect(await tabs.getByRole('link').allInnerTexts()).toEqual([
      'Members',
      'Invitations',
      'Import and export',
      'Trash',
      'Audit log',
    ]);
    expect(await tabs.getByRole('link', { name: 'Members' }).getAttribute('aria-current')).toBe(
      'page',
    );
    await page.getByRole('table', { name: /members of test community/i }).waitFor();
    await checkScreen(page, 'settings-members');
    await tabs.getByRole('link', { name: 'Members' }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/c\/test\/settings\/invitations$/);
    await page.getByRole('button', { name: /create invitation link/i }).waitFor();
    expect(await tabs.locator('[aria-current="page"]').innerText()).toBe('Invitations');
    for (const [tab, name] of [
      ['transfer', 'Import and export'],
      ['trash', 'Trash'],
      ['audit', 'Audit log'],
    ] as const) {
      await tabs.getByRole('link', { name }).click();
      await page.waitForURL(new RegExp(`/c/test/settings/${tab}$`));
      await page.getByRole('heading', { level: 2, name }).waitFor();
    }
    await page.getByRole('table', { name: /what happened in test community/i }).waitFor();
    await checkScreen(page, 'settings-audit');
    // The old address of the audit log opens the same tab.
    await page.goto(`${server.url}/c/test/audit`);
    expect(await tabs.locator('[aria-current="page"]').innerText()).toBe('Audit log');
    await page.getByRole('table', { name: /what happened in test community/i }).waitFor();
  });

  it('shows an editor only the tabs they may use, and says so at the address of another', async () => {
    const { page } = editor;
    await page.goto(`${server.url}/c/test/settings`);
    const tabs = page.getByRole('navigation', { name: 'Settings of Test community' });
    await tabs.getByRole('link', { name: 'Members' }).waitFor();
    expect(await tabs.getByRole('link').allInnerTexts()).toEqual([
      'Members',
      'Import and export',
      'Trash',
    ]);
    await page.goto(`${server.url}/c/test/settings/audit`);
    await page.getByText("Only the community's owners can read its audit log.").waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
    await checkScreen(page, 'settings-not-allowed');
  });

  it('fits every community screen on a phone without sideways scrolling', async () => {
    const { page } = admin;
    await page.setViewportSize(PHONE);
    const screens: [string, string, () => Promise<void>][] = [
      ['/c/test', 'overview', () => page.getByRole('list', { name: 'Tags' }).waitFor()],
      [
        '/c/test/files',
        'files',
        () => page.getByRole('button', { name: /^files to upload$/i }).waitFor(),
      ],
      [
        '/c/test/settings/members',
        'settings-members',
        () => page.getByRole('table', { name: /members of test community/i }).waitFor(),
      ],
      [
        '/c/test/settings/invitations',
        'settings-invitations',
        () => page.getByRole('button', { name: /create invitation link/i }).waitFor(),
      ],
      [
        '/c/test/settings/transfer',
        'settings-transfer',
        () => page.getByRole('heading', { level: 2, name: 'Import and export' }).waitFor(),
      ],
      [
        '/c/test/settings/trash',
        'settings-trash',
        () => page.getByRole('heading', { level: 2, name: 'Trash' }).waitFor(),
      ],
      [
        '/c/test/settings/audit',
        'settings-audit',
        () => page.getByRole('table', { name: /what happened in test community/i }).waitFor(),
      ],
    ];
    for (const [path, name, ready] of screens) {
      await page.goto(`${server.url}${path}`);
      await ready();
      await checkScreen(page, name);
    }
    await page.setViewportSize(DESKTOP);
  });
});
