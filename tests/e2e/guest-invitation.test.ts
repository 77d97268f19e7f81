import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, TEST_PASSWORD } from '../support/credentials.js';
import { startServerProcess, type ServerProcess } from '../support/serverProcess.js';
import {
  launchBrowser,
  seriousAccessibilityViolations,
  type TestBrowser,
} from './support/browser.js';
import { typeAtEnd, waitForStatus, waitForText } from './support/documentPage.js';
import { signIn } from './support/session.js';

/**
 * An owner invites an external guest by link; the guest signs up, edits in that community, and is
 * refused every document of every other community.
 */
describe('an external guest joins one community by invitation link', () => {
  let server: ServerProcess;
  let browser: TestBrowser;
  let owner: { context: BrowserContext; page: Page };
  let guest: { context: BrowserContext; page: Page };
  let invitationUrl: string;
  let otherDocument: string;
  let guestDocumentUrl: string;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServerProcess(), launchBrowser()]);
    const headers = {
      authorization: `Bearer ${server.credentials.token}`,
      'content-type': 'application/json',
    };
    await fetch(`${server.url}/api/communities`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ slug: 'other', name: 'Other community' }),
    });
    const created = await fetch(`${server.url}/api/communities/other/documents`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ title: 'Not for guests' }),
    });
    otherDocument = ((await created.json()) as { id: string }).id;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it("lets the owner create an invitation link on the community's invitations tab", async () => {
    const context = await browser.browser.newContext({ locale: 'en-US' });
    owner = { context, page: await context.newPage() };
    await signIn(owner.page, server.url, ADMIN_EMAIL, '/c/test/settings/invitations');
    await owner.page.getByRole('button', { name: /create invitation link/i }).click();
    const link = owner.page.getByRole('textbox', { name: /^invitation link$/i });
    await link.waitFor();
    invitationUrl = await link.inputValue();
    expect(invitationUrl).toMatch(/\/invite\/[A-Za-z0-9_-]+$/);
    expect(await seriousAccessibilityViolations(owner.page)).toEqual([]);
  });

  it('lets the guest sign up from the link and edit in that community', async () => {
    const context = await browser.browser.newContext({ locale: 'en-US' });
    guest = { context, page: await context.newPage() };
    await guest.page.goto(invitationUrl);
    await guest.page.getByRole('heading', { name: /invitation to test community/i }).waitFor();
    expect(await seriousAccessibilityViolations(guest.page)).toEqual([]);
    await guest.page.getByLabel(/^name$/i).fill('Gita Gast');
    await guest.page.getByLabel(/email address/i).fill('gita@tno.example');
    await guest.page.getByLabel(/^organisation$/i).fill('TNO');
    await guest.page.getByLabel(/^password$/i).fill(TEST_PASSWORD);
    await guest.page.getByRole('button', { name: /create account and join/i }).click();
    await guest.page.waitForURL(/\/c\/test$/);
    await guest.page.getByRole('button', { name: /new document/i }).click();
    await guest.page.waitForURL(/\/d\/[A-Za-z0-9_-]+$/);
    await waitForStatus(guest.page, { connection: 'connected' });
    await typeAtEnd(guest.page, 'Written by an external guest.');
    await waitForStatus(guest.page, { connection: 'connected', saved: true });
    guestDocumentUrl = guest.page.url();

    await owner.page.goto(guestDocumentUrl);
    await waitForText(owner.page, ['Written by an external guest.']);
  });

  it("refuses the guest every other community's documents", async () => {
    await guest.page.goto(`${server.url}/d/${otherDocument}`);
    await guest.page
      .getByRole('heading', { name: /you do not have access to this document/i })
      .waitFor();
    expect(await seriousAccessibilityViolations(guest.page)).toEqual([]);
    const status = await guest.page.evaluate(
      async (id) => (await fetch(`/api/documents/${id}`)).status,
      otherDocument,
    );
    expect(status).toBe(404);
    const communities = await guest.page.evaluate(async () =>
      ((await (await fetch('/api/communities')).json()) as { slug: string }[]).map((c) => c.slug),
    );
    expect(communities).toEqual(['test']);
  });

  it('sends the guest to sign in, and back to the document, when the session ends', async () => {
    await guest.page.goto(guestDocumentUrl);
    await waitForStatus(guest.page, { connection: 'connected' });
    const other = await guest.context.newPage();
    await other.goto(`${server.url}/account`);
    await other.getByRole('button', { name: /log out everywhere/i }).click();
    await guest.page.waitForURL(/\/login\?returnTo=/);
    await other.close();
    await guest.page.getByLabel(/email address/i).fill('gita@tno.example');
    await guest.page.getByLabel(/^password$/i).fill(TEST_PASSWORD);
    await guest.page.getByRole('button', { name: /^sign in$/i }).click();
    await guest.page.waitForURL(guestDocumentUrl);
    await waitForText(guest.page, ['Written by an external guest.']);
  });

  it("shows the owner the account page and the community's audit log, both axe-clean", async () => {
    await owner.page.goto(`${server.url}/account`);
    await owner.page.getByLabel(/^token name$/i).fill('nightly export');
    await owner.page.getByRole('button', { name: /create token/i }).click();
    const secret = owner.page.getByRole('textbox', { name: /new token/i });
    expect(await secret.inputValue()).toMatch(/^kring_/);
    expect(await seriousAccessibilityViolations(owner.page)).toEqual([]);
    const tokens = owner.page.getByRole('table', { name: /your api tokens/i });
    await tokens.getByRole('row').filter({ hasText: 'nightly export' }).waitFor();
    await owner.page.getByRole('button', { name: /revoke token nightly export/i }).click();
    await tokens
      .getByRole('row')
      .filter({ hasText: 'nightly export' })
      .waitFor({ state: 'detached' });
    // The audit log's old address opens the settings area on its audit tab.
    await owner.page.goto(`${server.url}/c/test/audit`);
    const log = owner.page.getByRole('table', { name: /what happened in/i });
    await log
      .getByRole('row')
      .filter({ hasText: /invitation/i })
      .first()
      .waitFor();
    expect(await seriousAccessibilityViolations(owner.page)).toEqual([]);
  });
});
