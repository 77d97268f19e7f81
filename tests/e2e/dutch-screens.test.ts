import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchBrowser,
  seriousAccessibilityViolations,
  type TestBrowser,
} from './support/browser.js';
import { waitForStatus } from './support/documentPage.js';
import { signIn } from './support/session.js';
import { ADMIN_EMAIL } from '../support/credentials.js';
import { startServerProcess, type ServerProcess } from '../support/serverProcess.js';

/** Set by `npm run screenshots`; tests take no screenshots otherwise. */
const SCREENS = process.env['KRING_SCREENSHOTS_DIR'];
/** English that browsers and libraries put on screen by themselves. */
const ENGLISH = [
  /task item checkbox/i,
  /choose files?/i,
  /no files? chosen/i,
  /\bbrowse\b/i,
  /\bmm\/dd\/yyyy\b/i,
  /\bbold\b/i,
  /\bitalic\b/i,
];

interface AxNode {
  readonly ignored?: boolean;
  readonly name?: { readonly value?: unknown };
  readonly value?: { readonly value?: unknown };
  readonly description?: { readonly value?: unknown };
}

/** Every name, value and description in Chromium's own accessibility tree of the page. */
async function announcedStrings(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
  await cdp.detach();
  return nodes
    .filter((node) => node.ignored !== true)
    .flatMap((node) => [node.name?.value, node.value?.value, node.description?.value])
    .filter((text): text is string => typeof text === 'string' && text.trim() !== '');
}

function english(strings: readonly string[]): string[] {
  return strings.filter((text) => ENGLISH.some((pattern) => pattern.test(text)));
}

describe('a Dutch browser sees only Dutch', () => {
  let server: ServerProcess;
  let browser: TestBrowser;
  let page: Page;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServerProcess(), launchBrowser()]);
    const context = await browser.browser.newContext({ locale: 'nl-NL' });
    page = await context.newPage();
    await signIn(page, server.url, ADMIN_EMAIL, '/c/test');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('on the community page', async () => {
    await page.getByRole('button', { name: /nieuw document/i }).waitFor();
    expect(english(await announcedStrings(page))).toEqual([]);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    for (const [width, height] of [
      [1280, 800],
      [390, 844],
    ] as const) {
      await page.setViewportSize({ width, height });
      if (SCREENS !== undefined) {
        await page.screenshot({ path: `${SCREENS}/community-nl-${width}x${height}.png` });
      }
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('on the files screen and every settings tab', async () => {
    for (const [path, heading] of [
      ['/c/test/files', /^bestanden – test community$/i],
      ['/c/test/settings/members', /^leden$/i],
      ['/c/test/settings/invitations', /^uitnodigingen$/i],
      ['/c/test/settings/transfer', /^importeren en exporteren$/i],
      ['/c/test/settings/trash', /^prullenbak$/i],
      ['/c/test/settings/audit', /^auditlog$/i],
    ] as const) {
      await page.goto(`${server.url}${path}`);
      await page.getByRole('heading', { name: heading }).first().waitFor();
      // Wait for the tab's content, not only its heading (lists load after it).
      await page.getByText('Laden…', { exact: true }).first().waitFor({ state: 'detached' });
      expect(english(await announcedStrings(page)), path).toEqual([]);
      expect(await seriousAccessibilityViolations(page), path).toEqual([]);
    }
  });

  it('on the people, person, stakeholder map, organisations and account screens', async () => {
    for (const [path, heading] of [
      ['/people?q=Wie%20weet%20er%20meer%20van%20boodschappen%3F', /^wie weet wat\?$/i],
      ['/c/test/map', /^stakeholderkaart – test community$/i],
      ['/c/test/glossary', /^woordenlijst – test community$/i],
      ['/c/test/questions', /^vragen – test community$/i],
      ['/organisations', /^organisaties$/i],
      ['/account', /^je account$/i],
    ] as const) {
      await page.goto(`${server.url}${path}`);
      await page.getByRole('heading', { name: heading }).first().waitFor();
      await page
        .getByText(/^(Laden…|Bezig met zoeken…)$/)
        .first()
        .waitFor({ state: 'detached' });
      expect(english(await announcedStrings(page)), path).toEqual([]);
      expect(await seriousAccessibilityViolations(page), path).toEqual([]);
      if (path === '/account') {
        await page.getByRole('link', { name: 'Bekijk je pagina zoals anderen hem zien' }).click();
        await page.getByRole('heading', { level: 1, name: 'Test Admin' }).waitFor();
        expect(english(await announcedStrings(page)), 'person page').toEqual([]);
      }
    }
  });

  it('on the document page, with a task list in the text', async () => {
    await page.goto(`${server.url}/c/test`);
    await page.getByRole('button', { name: /nieuw document/i }).click();
    await page.waitForURL(/\/d\//);
    await waitForStatus(page, { connection: 'connected' });
    await page.locator('.ProseMirror').click();
    await page.keyboard.type('[ ] Boodschappen doen');
    await page.locator('.ProseMirror input[type="checkbox"]').first().waitFor();
    expect(english(await announcedStrings(page))).toEqual([]);
  });

  it('on the search page, whose date filters follow the app language', async () => {
    await page.goto(`${server.url}/search?q=boodschappen`);
    // The filters are folded away until someone opens them.
    await page.locator('summary', { hasText: 'Filters' }).click();
    await page.getByLabel(/gewijzigd vanaf/i).fill('31-12-2025');
    expect(english(await announcedStrings(page))).toEqual([]);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    for (const [width, height] of [
      [1280, 800],
      [390, 844],
    ] as const) {
      await page.setViewportSize({ width, height });
      if (SCREENS !== undefined) {
        await page.screenshot({ path: `${SCREENS}/search-nl-${width}x${height}.png` });
      }
    }
  });
});
