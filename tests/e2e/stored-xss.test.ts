import * as Y from 'yjs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL } from '../support/credentials.js';
import { connectClient, waitUntil } from '../support/nodeClient.js';
import { startServerProcess, type ServerProcess } from '../support/serverProcess.js';
import { launchBrowser, type TestBrowser } from './support/browser.js';
import { waitForStatus } from './support/documentPage.js';
import { signIn } from './support/session.js';

/** Runs when a payload executes: a dialog, and a flag on the window. */
const RUN = 'window.__xss=1;alert(1)';

/**
 * A page whose title, tag, attachment name, community name and links hold script payloads is
 * rendered by the real app in Chromium: no dialog opens and no payload sets the window flag.
 */
describe('stored XSS in the browser', () => {
  let server: ServerProcess;
  let browser: TestBrowser;
  let session: { context: BrowserContext; page: Page };
  const dialogs: string[] = [];
  const call = async (method: string, path: string, body?: unknown, type = 'application/json') => {
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${server.credentials.token}`, 'content-type': type },
      ...(body === undefined
        ? {}
        : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    expect(response.status).toBeLessThan(300);
    return response;
  };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServerProcess(), launchBrowser()]);
    await call('PATCH', '/api/communities/test', { name: `<img src=x onerror="${RUN}">` });
    await call('POST', '/api/communities/test/documents', { id: 'hostile' });
    await call('PATCH', '/api/documents/hostile', { tags: ['onerror alert'] });
    await call(
      'POST',
      `/api/communities/test/files?documentId=hostile&name=${encodeURIComponent(`<img src=x onerror="${RUN}">.csv`)}`,
      'a,b\n',
      'text/csv',
    );
    const client = connectClient(
      `${server.url.replace(/^http/, 'ws')}/collab`,
      'hostile',
      new Y.Doc(),
      {
        token: server.credentials.token,
      },
    );
    await client.synced();
    client.doc.transact(() => {
      client.doc.getText('title').insert(0, `<img src=x onerror="${RUN}"><script>${RUN}</script>`);
      const paragraph = new Y.XmlElement('paragraph');
      const text = new Y.XmlText();
      paragraph.insert(0, [text]);
      text.insert(0, 'klik hier', { link: { href: `javascript:${RUN}` } });
      text.insert(text.length, ' <img src=x onerror="window.__xss=1">');
      const image = new Y.XmlElement('image');
      image.setAttribute('src', `javascript:${RUN}`);
      image.setAttribute('alt', `"><img src=x onerror="${RUN}">`);
      client.doc.getXmlFragment('default').push([paragraph, image]);
    });
    await waitUntil(
      [client],
      () => client.isSaved(),
      () => 'payload saved',
    );
    client.destroy();

    const context = await browser.browser.newContext({ locale: 'en-US' });
    session = { context, page: await context.newPage() };
    session.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await signIn(session.page, server.url, ADMIN_EMAIL, '/c/test');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  const ranNothing = async (page: Page) => {
    expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(
      await page.locator('a[href^="javascript:" i], img[onerror], script:not([src])').count(),
    ).toBe(0);
  };

  it('renders the community page with the hostile names as text', async () => {
    const { page } = session;
    await page.goto(`${server.url}/c/test`);
    await page.getByText('onerror alert').first().waitFor();
    await ranNothing(page);
  });

  it('renders the page: title, link, image and attachment name stay inert, also when clicked', async () => {
    const { page } = session;
    await page.goto(`${server.url}/d/hostile`);
    await waitForStatus(page, { connection: 'connected' });
    await page.locator('.ProseMirror').getByText('klik hier').waitFor();
    await page
      .getByRole('complementary', { name: 'About this document' })
      .getByRole('tab', { name: 'Attachments' })
      .click();
    await page.getByText('.csv', { exact: false }).first().waitFor();
    await page
      .locator('.ProseMirror')
      .getByText('klik hier')
      .click({ modifiers: ['Control'] });
    await ranNothing(page);
  });
});
