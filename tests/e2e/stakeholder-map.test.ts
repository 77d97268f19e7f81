import { readFile } from 'node:fs/promises';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrganisationView } from '@kring/shared';
import { CookieSession } from '../support/cookieSession.js';
import { ADMIN_EMAIL, TEST_PASSWORD } from '../support/credentials.js';
import { startServerProcess, type ServerProcess } from '../support/serverProcess.js';
import {
  launchBrowser,
  seriousAccessibilityViolations,
  type TestBrowser,
} from './support/browser.js';
import { inviteAccount, signIn } from './support/session.js';

/** Set by `npm run screenshots` (or by hand); tests take no screenshots otherwise. */
const SCREENS = process.env['KRING_SCREENSHOTS_DIR'];
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

const MINISTRY = 'Ministerie van Binnenlandse Zaken';
const MUNICIPALITY = 'Gemeente Utrecht';
const UNIVERSITY = 'Universiteit Twente';

/** The screen is axe-clean and does not scroll sideways; a screenshot is kept when asked for. */
async function checkScreen(page: Page, name: string): Promise<void> {
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(
    true,
  );
  const { width, height } = page.viewportSize() ?? DESKTOP;
  if (SCREENS !== undefined) {
    await page.screenshot({
      path: `${SCREENS}/map-${name}-${width}x${height}.png`,
      fullPage: true,
    });
    const views = page.locator('.kring-map-views');
    if ((await views.count()) > 0) {
      await views.screenshot({ path: `${SCREENS}/map-${name}-views-${width}x${height}.png` });
    }
  }
}

/**
 * The stakeholder map of a community as its owner and a member use it: organisations with the
 * people who represent them as a graph (by keyboard too) and as a table, the gaps, adding and
 * removing a stakeholder who is not a member, the CSV download, at desktop and phone width.
 */
describe('stakeholder map: graph, table, gaps, added stakeholders, CSV', () => {
  let server: ServerProcess;
  let browser: TestBrowser;
  let owner: { context: BrowserContext; page: Page };
  const userIds = new Map<string, string>();

  const graph = (page: Page) =>
    page.getByRole('group', { name: 'Stakeholder map of Test community' });
  const table = (page: Page) =>
    page.getByRole('table', { name: 'Organisations on the stakeholder map of Test community' });
  const showView = async (page: Page, view: 'Graph' | 'Table') => {
    await page.getByRole('tab', { name: view }).click();
    await (view === 'Graph' ? graph(page) : table(page)).waitFor();
  };
  /** The organisation names the graph's nodes are named with, in their order. */
  const graphNames = async (nodes: Locator, known: readonly string[]) => {
    const labels = await nodes.evaluateAll((elements) =>
      elements.map((element) => element.getAttribute('aria-label') ?? ''),
    );
    return labels.map((label) => known.find((name) => label.startsWith(`${name}, `)) ?? label);
  };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServerProcess(), launchBrowser()]);
    const admin = server.credentials.token;
    const organisations = new Map<string, string>();
    for (const [name, type] of [
      [MINISTRY, 'ministry'],
      [MUNICIPALITY, 'municipality'],
      [UNIVERSITY, 'university'],
    ] as const) {
      const created = await fetch(`${server.url}/api/organisations`, {
        method: 'POST',
        headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
        body: JSON.stringify({ name, type }),
      });
      expect(created.status).toBe(201);
      organisations.set(name, ((await created.json()) as OrganisationView).id);
    }
    // Anna and Bram share "open data"; Anna alone covers "privacy", Carla alone "quantum".
    for (const [name, organisation, expertise] of [
      ['Anna', MINISTRY, ['privacy', 'open data']],
      ['Bram', MUNICIPALITY, ['open data']],
      ['Carla', UNIVERSITY, ['quantum']],
    ] as const) {
      const email = await inviteAccount(server.url, admin, name);
      const session = new CookieSession(server.url);
      expect((await session.login(email, TEST_PASSWORD)).status).toBe(200);
      const profile = await session.request('PUT', '/api/me/profile', {
        organisationId: organisations.get(organisation),
        expertise,
      });
      expect(profile.status).toBe(200);
      userIds.set(name, (profile.body as { userId: string }).userId);
    }
    const context = await browser.browser.newContext({ locale: 'en-US', viewport: DESKTOP });
    owner = { context, page: await context.newPage() };
    await signIn(owner.page, server.url, ADMIN_EMAIL, '/c/test/map');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('draws the organisations as a graph and lists the same ones in the table', async () => {
    const { page } = owner;
    await page
      .getByRole('heading', { level: 1, name: 'Stakeholder map – Test community' })
      .waitFor();
    const nodes = graph(page).getByRole('button');
    await nodes.first().waitFor();
    const rows = async () => table(page).locator('tbody th').allInnerTexts();
    await checkScreen(page, 'graph');

    await showView(page, 'Table');
    const inTable = await rows();
    expect(inTable).toEqual(expect.arrayContaining([MINISTRY, MUNICIPALITY, UNIVERSITY]));
    const ministryRow = table(page).getByRole('row').filter({ hasText: MINISTRY });
    expect(await ministryRow.getByRole('cell').first().innerText()).toBe('Ministry');
    expect(await ministryRow.getByRole('link', { name: 'Anna' }).getAttribute('href')).toBe(
      `/people/${userIds.get('Anna')}`,
    );
    await checkScreen(page, 'table');

    await showView(page, 'Graph');
    expect(await graphNames(nodes, inTable)).toEqual(inTable);
  });

  it('moves between organisations with the arrow keys and shows one with Enter', async () => {
    const { page } = owner;
    const nodes = graph(page).getByRole('button');
    const names = await graphNames(nodes, [MINISTRY, MUNICIPALITY, UNIVERSITY, 'Kring']);
    await nodes.first().focus();
    await page.keyboard.press('ArrowRight');
    const second = names[1] ?? '';
    expect(
      await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''),
    ).toMatch(new RegExp(`^${second}, `));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 3, name: second }).waitFor();
    expect(await nodes.nth(1).getAttribute('aria-pressed')).toBe('true');
    // Back to the ministry with Home, then Space: its members link to their pages.
    await page.keyboard.press('Home');
    await page.keyboard.press(' ');
    const details = page.getByRole('region', { name: MINISTRY });
    await details.waitFor();
    expect(await details.innerText()).toContain('Type: Ministry');
    expect(await details.getByRole('link', { name: 'Anna' }).getAttribute('href')).toBe(
      `/people/${userIds.get('Anna')}`,
    );
    expect(await details.innerText()).toContain('privacy');
    // Anna shares "open data" with Bram of the municipality: the graph links them, the details say so.
    expect(await details.innerText()).toMatch(
      new RegExp(`Shares topics with\\s+${MUNICIPALITY} — open data`),
    );
  });

  it('names the topics only one person covers and the types nobody represents', async () => {
    const { page } = owner;
    const single = page.getByRole('region', { name: 'Topics only one person covers' });
    const quantum = single.getByRole('listitem').filter({ hasText: 'quantum' });
    await quantum.waitFor();
    expect(await quantum.getByRole('link').innerText()).toBe('Carla');
    expect(await single.innerText()).toContain('privacy');
    expect(await single.innerText()).not.toContain('open data');
    const missing = page.getByRole('region', { name: 'Types of organisation nobody represents' });
    expect(await missing.getByRole('listitem').allInnerTexts()).toEqual(
      expect.arrayContaining(['Government agency', 'Company']),
    );
  });

  it('tells what is wrong with a bad email address in the add form', async () => {
    const { page } = owner;
    await page.getByLabel('Organisation', { exact: true }).fill('Rijkswaterstaat');
    const email = page.getByLabel('Email address of the contact (optional)');
    await email.fill('dirk at rws');
    await page.getByRole('button', { name: 'Add stakeholder' }).click();
    const summary = page.getByRole('group', { name: 'There is a problem' });
    await summary.waitFor();
    expect(await summary.innerText()).toContain('Email address of the contact');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    await checkScreen(page, 'form-error');
  });

  it('lets an owner add a stakeholder who shows in graph and table, and remove it', async () => {
    const { page } = owner;
    await page.getByLabel('Type of organisation').selectOption({ label: 'Government agency' });
    await page.getByLabel('Contact person (optional)').fill('Dirk de Vries');
    await page.getByLabel('Email address of the contact (optional)').fill('dirk@rws.example');
    await page.getByLabel('Topics (optional)').fill('water, dijken');
    await page.getByRole('button', { name: 'Add stakeholder' }).click();
    await page.getByText('Dirk de Vries (Rijkswaterstaat) was added to the map.').waitFor();
    const node = graph(page).getByRole('button', { name: /^Rijkswaterstaat, Government agency, / });
    await node.waitFor();
    expect(await node.getAttribute('aria-label')).toContain('1 contact');
    await node.click();
    const details = page.getByRole('region', { name: 'Rijkswaterstaat' });
    expect(await details.innerText()).toContain('Dirk de Vries');
    await checkScreen(page, 'added');

    await showView(page, 'Table');
    const row = table(page).getByRole('row').filter({ hasText: 'Rijkswaterstaat' });
    expect(await row.innerText()).toContain('Dirk de Vries');
    await showView(page, 'Graph');

    await page.getByRole('button', { name: 'Remove Dirk de Vries (Rijkswaterstaat)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Remove Dirk de Vries (Rijkswaterstaat)?' });
    await dialog.getByRole('button', { name: 'Remove stakeholder' }).click();
    await page.getByText('Dirk de Vries (Rijkswaterstaat) was removed from the map.').waitFor();
    await node.waitFor({ state: 'detached' });
    await showView(page, 'Table');
    expect(await table(page).locator('tbody th').allInnerTexts()).not.toContain('Rijkswaterstaat');
    await showView(page, 'Graph');
  });

  it('downloads the map as CSV with the organisation names', async () => {
    const { page } = owner;
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download the map as CSV' }).click();
    const file = await (await download).path();
    const csv = await readFile(file, 'utf8');
    for (const name of [MINISTRY, MUNICIPALITY, UNIVERSITY]) expect(csv).toContain(name);
  });

  it('shows a member the map without the owners’ form', async () => {
    const context = await browser.browser.newContext({ locale: 'en-US', viewport: DESKTOP });
    const page = await context.newPage();
    await signIn(page, server.url, 'anna@partner.example', '/c/test/map');
    await graph(page).getByRole('button').first().waitFor();
    expect(await page.getByRole('heading', { name: 'Add stakeholder' }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Gaps' }).count()).toBe(1);
    await context.close();
  });

  it('fits a phone: the graph as wide as the screen, details below, no sideways scrolling', async () => {
    const { page } = owner;
    await page.setViewportSize(PHONE);
    await page.goto(`${server.url}/c/test/map`);
    const svg = graph(page);
    await svg.getByRole('button').first().waitFor();
    await svg.getByRole('button', { name: new RegExp(`^${UNIVERSITY}, `) }).click();
    const details = page.getByRole('region', { name: UNIVERSITY });
    await details.waitFor();
    // Measured together: the click may have scrolled the page.
    const [graphBox, detailsBox] = await Promise.all([svg.boundingBox(), details.boundingBox()]);
    expect(graphBox?.width ?? Infinity).toBeLessThanOrEqual(PHONE.width);
    expect(detailsBox?.y ?? 0).toBeGreaterThanOrEqual((graphBox?.y ?? 0) + (graphBox?.height ?? 0));
    await checkScreen(page, 'graph');
    await showView(page, 'Table');
    await checkScreen(page, 'table');
  });
});
