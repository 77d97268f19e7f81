import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL } from '../support/credentials.js';
import { startServerProcess, type ServerProcess } from '../support/serverProcess.js';
import {
  launchBrowser,
  seriousAccessibilityViolations,
  type TestBrowser,
} from './support/browser.js';
import { typeAtEnd, waitForOtherDocument, waitForStatus } from './support/documentPage.js';
import { signIn } from './support/session.js';

/** The smallest valid PNG: one transparent pixel. */
const PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

/** What Word puts on the clipboard for a heading, a bulleted list and a table (trimmed). */
const WORD_HTML = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><body>
<h2><span lang=NL>Risico’s</span></h2>
<p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>·<span>&nbsp;</span></span>Nu oogsten, later ontsleutelen</p>
<p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>·<span>&nbsp;</span></span>Lange migratietijd</p>
<table class=MsoTableGrid><tr><td><p>Dreiging</p></td><td><p>Hoog</p></td></tr></table>
</body></html>`;

/**
 * Knowledge that can be found: a page tree made from templates, then a sentence found from the
 * search box and opened at the match.
 */
describe('page tree from templates, search box, open at the match', () => {
  let server: ServerProcess;
  let browser: TestBrowser;
  let session: { context: BrowserContext; page: Page };
  let parentUrl: string;

  const fromTemplate = async (page: Page, template: RegExp) => {
    const dialog = page.getByRole('dialog', { name: /from template/i });
    await dialog.getByRole('radio', { name: template }).check();
    const before = page.url();
    await dialog.getByRole('button', { name: /create page/i }).click();
    await waitForOtherDocument(page, before);
    await waitForStatus(page, { connection: 'connected' });
  };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServerProcess(), launchBrowser()]);
    const context = await browser.browser.newContext({ locale: 'en-US' });
    session = { context, page: await context.newPage() };
    await signIn(session.page, server.url, ADMIN_EMAIL, '/c/test');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('builds a page tree from templates', async () => {
    const { page } = session;
    await page.getByRole('button', { name: /^new from template$/i }).click();
    await fromTemplate(page, /knowledge article/i);
    parentUrl = page.url();
    await page.getByRole('textbox', { name: /title/i }).fill('Quantum key distribution');
    await page.getByRole('heading', { name: 'In short' }).waitFor();
    await typeAtEnd(
      page,
      'Quantumcomputers breken de huidige versleuteling van overheidsgegevens.',
    );
    // Pasting from Word (here: its HTML, as the clipboard holds it) into a new paragraph keeps
    // headings, lists and tables.
    await page.keyboard.press('Enter');
    await page.locator('.ProseMirror').evaluate((editor, html) => {
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', 'Risico’s');
      editor.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    }, WORD_HTML);
    await page.locator('.ProseMirror h2', { hasText: 'Risico’s' }).waitFor();
    expect(await page.locator('.ProseMirror ul li', { hasText: /oogsten/ }).count()).toBe(1);
    expect(await page.locator('.ProseMirror table td', { hasText: 'Hoog' }).count()).toBe(1);
    await waitForStatus(page, { connection: 'connected', saved: true });
    // The tree shows the stored title, derived from the content a moment later (debounced).
    await server.flushDerived();

    await page.goto(`${server.url}/c/test`);
    const tree = page.getByRole('list', { name: /pages of test community/i });
    await tree.getByRole('link', { name: 'Quantum key distribution' }).waitFor();
    await page.getByRole('button', { name: /actions for quantum key distribution/i }).click();
    await page.getByRole('button', { name: /new sub-page from template/i }).click();
    await fromTemplate(page, /meeting notes/i);
    const subPagePath = new URL(page.url()).pathname;
    // The meeting-notes template brings its own headings.
    await page.getByRole('heading', { name: 'Agenda' }).waitFor();

    await page.goto(`${server.url}/c/test`);
    const parentItem = tree
      .getByRole('listitem')
      .filter({ hasText: 'Quantum key distribution' })
      .first();
    await parentItem.getByRole('list').locator(`a[href="${subPagePath}"]`).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('finds a sentence from the search box and opens the page at the match', async () => {
    const { page } = session;
    // The index follows edits a moment later (debounced).
    await server.flushDerived();
    const box = page.getByRole('combobox', { name: /^search$/i });
    await box.fill('versleuteling');
    const results = page.getByRole('listbox', { name: /search results/i });
    const hit = results.getByRole('option').filter({ hasText: 'Quantum key distribution' });
    await hit.waitFor();
    expect(await hit.locator('mark').first().innerText()).toBe('versleuteling');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await hit.click();
    await page.waitForURL(`${parentUrl}?q=versleuteling`);
    const match = page.locator('.ProseMirror mark.kring-search-match');
    await match.first().waitFor();
    expect((await match.first().innerText()).toLowerCase()).toBe('versleuteling');
  });

  it('shares a file in the community file area, with a preview', async () => {
    const { page } = session;
    await page.goto(`${server.url}/c/test/files`);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: /^files to upload$/i }).click();
    await (await chooser).setFiles({ name: 'pixel.png', mimeType: 'image/png', buffer: PIXEL_PNG });
    await page.getByText('pixel.png').waitFor();
    await page.getByRole('button', { name: /^upload files$/i }).click();
    const files = page.getByRole('table', { name: /files of test community/i });
    await files.getByRole('link', { name: 'pixel.png' }).waitFor();
    await page.getByRole('button', { name: /preview pixel\.png/i }).click();
    const preview = page.getByRole('dialog', { name: /preview: pixel\.png/i });
    await preview.getByRole('img').waitFor();
    expect(
      await preview.getByRole('img').evaluate((image: HTMLImageElement) => image.naturalWidth),
    ).toBe(1);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /delete pixel\.png/i }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /yes, delete/i })
      .click();
    await files.getByRole('link', { name: 'pixel.png' }).waitFor({ state: 'detached' });
  });

  it('imports a folder of Markdown files as a page tree', async () => {
    const { page } = session;
    const folder = await mkdtemp(join(tmpdir(), 'kring-e2e-folder-'));
    try {
      await mkdir(join(folder, 'Handboek', 'Privacy'), { recursive: true });
      await writeFile(join(folder, 'Handboek', 'Werkwijze.md'), '# Werkwijze\n\nZo werken we.');
      await writeFile(
        join(folder, 'Handboek', 'Privacy', 'PET.md'),
        '# PET\n\n- differentiële privacy',
      );
      await page.goto(`${server.url}/c/test/settings/transfer`);
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: /whole folder of markdown files/i }).click();
      await (await chooser).setFiles(join(folder, 'Handboek'));
      await page.getByRole('button', { name: /^import$/i }).click();
      const created = page.getByRole('list', { name: /imported pages/i });
      await created.getByRole('link', { name: 'PET' }).waitFor();
      await page.getByRole('link', { name: 'Overview' }).click();
      const tree = page.getByRole('list', { name: /pages of test community/i });
      const privacy = tree.getByRole('listitem').filter({ hasText: 'Privacy' }).first();
      await privacy.getByRole('list').getByRole('link', { name: 'PET' }).waitFor();
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
