import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ServerProcess } from '../../support/serverProcess.js';
import { seriousAccessibilityViolations, type TestBrowser } from './browser.js';
import { signIn } from './session.js';

/** Set by `npm run screenshots`; tests take no screenshots otherwise. */
export const SCREENS = process.env['KRING_SCREENSHOTS_DIR'];
export const DESKTOP = { width: 1280, height: 800 } as const;
export const PHONE = { width: 390, height: 844 } as const;

/** A signed-in person: their own browser context and page. */
export interface Person {
  readonly context: BrowserContext;
  readonly page: Page;
}

/** Signs `email` in, in a fresh English desktop context, and opens `returnTo`. */
export async function openAs(
  browser: TestBrowser,
  server: ServerProcess,
  email: string,
  returnTo: string,
): Promise<Person> {
  const context = await browser.browser.newContext({ locale: 'en-US', viewport: DESKTOP });
  const page = await context.newPage();
  await signIn(page, server.url, email, returnTo);
  return { context, page };
}

/**
 * The screen as it is now is axe-clean (no serious or critical violations) and does not scroll
 * sideways at desktop and at phone width; a screenshot of each is kept when asked for. Ends at
 * desktop width.
 */
export async function checkBothWidths(page: Page, name: string): Promise<void> {
  for (const viewport of [DESKTOP, PHONE]) {
    await page.setViewportSize(viewport);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true);
    if (SCREENS !== undefined) {
      await page.screenshot({
        path: `${SCREENS}/${name}-${viewport.width}x${viewport.height}.png`,
        fullPage: true,
      });
    }
  }
  await page.setViewportSize(DESKTOP);
}

/** Creates a page with `title` in the seeded community as the admin; resolves with its id. */
export async function createPageAsAdmin(server: ServerProcess, title: string): Promise<string> {
  const created = await fetch(`${server.url}/api/communities/test/documents`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${server.credentials.token}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify({ title }),
  });
  expect(created.status).toBe(201);
  return ((await created.json()) as { id: string }).id;
}
