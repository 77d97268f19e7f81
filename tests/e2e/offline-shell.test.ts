import type { BrowserContext, Page } from 'playwright-core';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_FIELD } from '@kring/shared';
import { seriousAccessibilityViolations } from './support/browser.js';
import { typeAtEnd, waitForStatus, waitForText } from './support/documentPage.js';
import {
  copyBuiltClient,
  installabilityErrors,
  launchWithProfile,
  serviceWorkerReady,
  type ClientCopy,
  type ProfileBrowser,
} from './support/serviceWorker.js';
import { waitForOfflineCopy } from './support/offlineCopies.js';
import { signIn } from './support/session.js';
import { startServerProcess, type ServerProcess } from '../support/serverProcess.js';
import { ADMIN_EMAIL } from '../support/credentials.js';
import { connectClient, waitUntil } from '../support/nodeClient.js';

const DOCUMENT_ID = 'shell-page';
const FIRST_TEXT = 'Written during the first visit.';
const UNSYNCED_TEXT = ' Typed offline just before the update.';
/** Where the screenshots of the update notice go (looked at by hand, not compared). */
const SHOTS_DIR = process.env['KRING_SW_SHOTS_DIR'] ?? '/tmp/sw-shots';

/**
 * The app shell in the service worker: after one visit Kring opens with no network and with its
 * server stopped (the start page, a community page and a deep link to a document seen before); a
 * new version waits for "Reload", which loses no unsynced edit; the app is installable. The steps
 * share one browser profile, so they run in order.
 */
describe('the app shell in the service worker', () => {
  let server: ServerProcess;
  let client: ClientCopy;
  let browser: ProfileBrowser;
  let context: BrowserContext;
  let page: Page;
  /** While false, the page's websockets are closed at once: edits stay unsynced. */
  let socketsAllowed = true;

  const notice = () => page.getByRole('region', { name: /new version of kring/i });

  /**
   * Each screen renders Kring's shell (the browser's error page would make `goto` throw), with
   * what the offline copy of the community holds.
   */
  async function expectShellOffline(): Promise<void> {
    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { level: 1, name: /your communities/i }).waitFor();
    await page.getByRole('link', { name: 'Test community' }).first().waitFor();
    await page.getByRole('navigation', { name: /main navigation/i }).waitFor();

    await page.goto(`${server.url}/c/test`);
    await page.getByRole('heading', { level: 1, name: 'Test community' }).waitFor();
    await page.getByRole('navigation', { name: /main navigation/i }).waitFor();

    await page.goto(`${server.url}/d/${DOCUMENT_ID}`);
    await waitForText(page, [FIRST_TEXT]);
  }

  beforeAll(async () => {
    client = await copyBuiltClient();
    [server, browser] = await Promise.all([
      startServerProcess({ env: { CLIENT_DIR: client.dir } }),
      launchWithProfile(),
    ]);
    const created = await fetch(`${server.url}/api/communities/test/documents`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${server.credentials.token}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ id: DOCUMENT_ID }),
    });
    expect(created.status).toBe(201);
    context = browser.context;
    await context.routeWebSocket(/\/collab\//, (socket) => {
      if (socketsAllowed) socket.connectToServer();
      else void socket.close();
    });
    // The offline sync's batched push would send the edit over HTTP: it is held back with the
    // sockets, so the edit really is unsynced while the new version arrives.
    await context.route(/\/api\/communities\/[^/]+\/offline/, (route) =>
      socketsAllowed ? route.continue() : route.abort(),
    );
    page = context.pages()[0] ?? (await context.newPage());
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
    await client?.dispose();
  });

  it('keeps the shell after one online visit: start page, community and a document', async () => {
    await signIn(page, server.url, ADMIN_EMAIL, '/');
    await page.getByRole('heading', { name: /your communities/i }).waitFor();
    await page.goto(`${server.url}/c/test`);
    await page.getByRole('heading', { name: /who is here/i }).waitFor();
    await page.goto(`${server.url}/d/${DOCUMENT_ID}`);
    await waitForStatus(page, { connection: 'connected' });
    await typeAtEnd(page, FIRST_TEXT);
    await waitForStatus(page, { connection: 'connected', saved: true });
    // Installed means stored: Workbox precaches the whole shell while installing.
    await serviceWorkerReady(page);
    // And the community's offline copy is on the device (the sync starts after the first screen).
    await waitForOfflineCopy(page, server.url, 'Test community', 1);
  });

  it('opens the start page, a community page and a deep link with the network off', async () => {
    await context.setOffline(true);
    await expectShellOffline();
    await waitForStatus(page, { connection: 'offline' });
    await context.setOffline(false);
  });

  it('opens the same screens while the server is stopped', async () => {
    await server.stop();
    try {
      await expectShellOffline();
    } finally {
      await server.start();
    }
    await waitForStatus(page, { connection: 'connected', saved: true });
  });

  it('is installable: a manifest with PNG icons and a service worker with a fetch handler', async () => {
    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { name: /your communities/i }).waitFor();
    expect(await serviceWorkerReady(page)).toBe(true);
    expect(await installabilityErrors(page)).toEqual([]);
  });

  it('offers a new version while edits are unsynced, and "Reload" loses none of them', async () => {
    await page.goto(`${server.url}/d/${DOCUMENT_ID}`);
    await waitForStatus(page, { connection: 'connected', saved: true });
    socketsAllowed = false;
    await context.setOffline(true);
    await waitForStatus(page, { connection: 'offline' });
    await typeAtEnd(page, UNSYNCED_TEXT);
    await waitForStatus(page, { saved: false });

    await client.publishNewVersion('kring test: version 2');
    // Coming online, the tab looks for a new version; the websocket stays closed (unsynced).
    await context.setOffline(false);
    await notice()
      .getByText(/a new version of kring is ready/i)
      .waitFor();
    await waitForStatus(page, { saved: false });
    // It waits for the person: nothing took over by itself.
    expect(
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting),
    ).not.toBeNull();

    await Promise.all([
      page.waitForEvent('framenavigated', { timeout: 20_000 }),
      notice()
        .getByRole('button', { name: /^reload$/i })
        .click(),
    ]);
    await page.locator('.ProseMirror').waitFor();
    // After the reload, still without a socket: the text comes from this browser's IndexedDB.
    await waitForText(page, [FIRST_TEXT, UNSYNCED_TEXT.trim()]);
    await waitForStatus(page, { saved: false });
    await expect.poll(() => notice().count()).toBe(0);
    expect(
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting),
    ).toBeNull();

    // And it reaches the server once the socket may connect.
    socketsAllowed = true;
    await waitForStatus(page, { connection: 'connected', saved: true });
    const reader = connectClient(
      `${server.url.replace(/^http/, 'ws')}/collab`,
      DOCUMENT_ID,
      new Y.Doc(),
      {
        token: server.credentials.token,
      },
    );
    try {
      const text = () => reader.doc.getXmlFragment(CONTENT_FIELD).toString();
      await waitUntil([reader], () => text().includes(UNSYNCED_TEXT.trim()), text);
    } finally {
      reader.destroy();
    }
  });

  it('shows the notice accessibly at desktop and phone sizes', async () => {
    await client.publishNewVersion('kring test: version 3');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await notice()
      .getByText(/a new version of kring is ready/i)
      .waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    for (const [width, height] of [
      [1280, 800],
      [390, 844],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: `${SHOTS_DIR}/update-notice-${width}x${height}.png` });
    }
    // Keyboard: the notice is the last thing on the page, one Shift+Tab from the start.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Shift+Tab');
    const button = notice().getByRole('button', { name: /^reload$/i });
    expect(await button.evaluate((element) => element === document.activeElement)).toBe(true);
  });
});
