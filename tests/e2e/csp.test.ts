import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL } from '../support/credentials.js';
import { startServerProcess, type ServerProcess } from '../support/serverProcess.js';
import { launchBrowser, type TestBrowser } from './support/browser.js';
import { signIn } from './support/session.js';

/**
 * The app runs under the server's strict Content-Security-Policy (no inline scripts, no eval)
 * without the browser blocking anything: zod, loaded with the forms, is told not to probe eval
 * before it loads; the editor and the shell add no inline code.
 */
describe('content security policy in the browser', () => {
  let server: ServerProcess;
  let browser: TestBrowser;
  let context: BrowserContext;
  let page: Page;
  /** Console messages about the Content-Security-Policy; the page's own events are in `__csp`. */
  const consoleViolations: string[] = [];

  /** Everything the browser reported as blocked so far, from the page's events and console. */
  const reported = async () => [
    ...consoleViolations,
    ...(await page.evaluate(() => (window as { __csp?: string[] }).__csp ?? [])),
  ];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServerProcess(), launchBrowser()]);
    context = await browser.browser.newContext({ locale: 'en-US' });
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as { __csp?: string[] }).__csp = seen;
      document.addEventListener('securitypolicyviolation', (event) => {
        seen.push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    page = await context.newPage();
    page.on('console', (message) => {
      if (/content security policy/i.test(message.text())) consoleViolations.push(message.text());
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('blocks nothing on the sign-in form, whose checks load zod', async () => {
    await signIn(page, server.url, ADMIN_EMAIL, '/account');
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await reported()).toEqual([]);
  });

  it('blocks nothing on the account forms and a document page', async () => {
    await page.goto(`${server.url}/account`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const created = await fetch(`${server.url}/api/communities/test/documents`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${server.credentials.token}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ id: 'csp-page' }),
    });
    expect(created.status).toBe(201);
    await page.goto(`${server.url}/d/csp-page`);
    await page.locator('.ProseMirror').waitFor();
    await page.locator('.ProseMirror').click();
    await page.keyboard.type('Policy holds.');
    await page.getByText('Policy holds.').waitFor();
    expect(await reported()).toEqual([]);
  });
});
