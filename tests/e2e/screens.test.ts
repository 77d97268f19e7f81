import type { Page } from 'playwright-core';
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
import { seedShowcase, type Showcase } from './support/showcase.js';

/** The two sizes every screen is checked at: a laptop and a phone. */
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
] as const;

/** Where `npm run screenshots` wants the PNGs; unset in tests, which then take none. */
const SCREENSHOT_DIR = process.env['KRING_SCREENSHOTS_DIR'];

type Who = 'nobody' | 'admin' | 'reader';

/** One screen: where it is, who looks at it, and how to know it has finished loading. */
interface Screen {
  readonly name: string;
  readonly who: Who;
  readonly path: (showcase: Showcase) => string;
  readonly ready: (page: Page) => Promise<void>;
  /** A document screen: on a phone its first line of text must show without scrolling. */
  readonly document?: boolean;
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).first().waitFor();
const documentReady = async (page: Page) => {
  await waitForStatus(page, { connection: 'connected' });
  await page.locator('.ProseMirror > *').first().waitFor();
};

const SCREENS: readonly Screen[] = [
  { name: 'login', who: 'nobody', path: () => '/login', ready: heading },
  { name: 'signup', who: 'nobody', path: () => '/signup', ready: heading },
  { name: 'invitation', who: 'nobody', path: (s) => `/invite/${s.invitation}`, ready: heading },
  { name: 'not-found', who: 'nobody', path: () => '/no/such/screen', ready: heading },
  { name: 'home', who: 'admin', path: () => '/', ready: heading },
  { name: 'account', who: 'admin', path: () => '/account', ready: heading },
  {
    name: 'search',
    who: 'admin',
    path: () => '/search?q=privacy',
    ready: (page) => page.getByText(/\d+ results? for “privacy”/).waitFor(),
  },
  { name: 'community', who: 'admin', path: (s) => `/c/${s.slug}`, ready: heading },
  { name: 'community-files', who: 'admin', path: (s) => `/c/${s.slug}/files`, ready: heading },
  ...(['members', 'invitations', 'transfer', 'trash', 'audit'] as const).map((tab): Screen => ({
    name: `settings-${tab}`,
    who: 'admin',
    path: (s) => `/c/${s.slug}/settings/${tab}`,
    ready: heading,
  })),
  {
    name: 'document',
    who: 'admin',
    path: (s) => `/d/${s.documentId}`,
    ready: documentReady,
    document: true,
  },
  {
    name: 'document-reader',
    who: 'reader',
    path: (s) => `/d/${s.documentId}`,
    ready: documentReady,
    document: true,
  },
];

/** Horizontal overflow of the page, in pixels (0 when nothing scrolls sideways). */
function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** Where the editor's first block of text is, relative to the first viewport. */
function firstLine(page: Page): Promise<{ top: number; bottom: number; viewport: number }> {
  return page
    .locator('.ProseMirror > *')
    .first()
    .evaluate((block) => {
      const box = block.getBoundingClientRect();
      return { top: box.top, bottom: box.top + Math.min(box.height, 24), viewport: innerHeight };
    });
}

/**
 * Every screen of Kring at a laptop's and a phone's size, as the people who use it see it: no
 * serious or critical accessibility problem (axe, WCAG 2.1 AA), nothing that scrolls sideways, and
 * on a phone the text of a document starts inside the first screenful.
 */
describe('every screen at 1280 × 800 and 390 × 844', () => {
  let server: ServerProcess;
  let browser: TestBrowser;
  let showcase: Showcase;
  let readerEmail: string;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServerProcess(), launchBrowser()]);
    showcase = await seedShowcase(server);
    readerEmail = await inviteAccount(server.url, server.credentials.token, 'Lotte', 'reader');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  const pages = new Map<string, Promise<Page>>();

  /** One page per person and size, signed in once and reused across that person's screens. */
  function pageFor(who: Who, viewport: (typeof VIEWPORTS)[number]): Promise<Page> {
    const key = `${who}:${viewport.width}`;
    let page = pages.get(key);
    if (page === undefined) {
      page = (async () => {
        const context = await browser.browser.newContext({ locale: 'en-GB', viewport });
        const opened = await context.newPage();
        if (who !== 'nobody') {
          await signIn(opened, server.url, who === 'admin' ? ADMIN_EMAIL : readerEmail);
        }
        return opened;
      })();
      pages.set(key, page);
    }
    return page;
  }

  for (const viewport of VIEWPORTS) {
    const size = `${viewport.width}x${viewport.height}`;
    for (const screen of SCREENS) {
      it(`${screen.name} at ${size}`, async () => {
        const page = await pageFor(screen.who, viewport);
        await page.goto(`${server.url}${screen.path(showcase)}`);
        await screen.ready(page);
        // Parts of a screen load on their own: check (and photograph) it once all have.
        await expect.poll(() => page.getByText('Loading…', { exact: true }).count()).toBe(0);
        if (SCREENSHOT_DIR !== undefined) {
          await page.screenshot({ path: `${SCREENSHOT_DIR}/${screen.name}-${size}.png` });
        }
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
        if (screen.document === true && viewport.width < 768) {
          const line = await firstLine(page);
          expect(line.top).toBeGreaterThanOrEqual(0);
          expect(line.bottom).toBeLessThanOrEqual(line.viewport);
        }
      });
    }
  }
});
