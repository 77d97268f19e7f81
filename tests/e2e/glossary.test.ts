import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL } from '../support/credentials.js';
import { startServerProcess, type ServerProcess } from '../support/serverProcess.js';
import {
  launchBrowser,
  seriousAccessibilityViolations,
  type TestBrowser,
} from './support/browser.js';
import { typeAtEnd, waitForStatus } from './support/documentPage.js';
import { inviteAccount } from './support/session.js';
import { type Person, checkBothWidths, openAs } from './support/screens.js';

const DEFINITION = 'Rekenen op versleutelde gegevens zonder ze eerst te ontsleutelen.';
const TEXT = 'Twee pilots met homomorfe encrypties liepen dit jaar bij de AVG-toezichthouder.';

const tooltip = (page: Page) => page.getByRole('tooltip');
const term = (page: Page, text: string) =>
  page.locator('.ProseMirror .kring-term', { hasText: text });

/**
 * The glossary (M7) as people meet it: a term explained once is marked in pages, inflected as
 * written; its definition shows on hover, on keyboard focus (a reader) and with the caret in it
 * (a writer); a writer explains selected text; readers find the term on the glossary page; and
 * each person may switch the marks off.
 */
describe('glossary: terms marked in pages, definitions where the reader meets them', () => {
  let server: ServerProcess;
  let browser: TestBrowser;
  let writer: Person;
  let reader: Person;
  let pageUrl: string;

  const post = async (path: string, body: unknown): Promise<{ id: string }> => {
    const response = await fetch(`${server.url}/api${path}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${server.credentials.token}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(201);
    return (await response.json()) as { id: string };
  };

  const open = (email: string, returnTo: string) => openAs(browser, server, email, returnTo);

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServerProcess(), launchBrowser()]);
    await post('/communities/test/glossary', {
      term: 'homomorfe encryptie',
      definition: DEFINITION,
      synonyms: ['homomorphic encryption'],
    });
    await post('/communities/test/glossary', {
      term: 'Algemene verordening gegevensbescherming',
      definition: 'De Europese privacywet.',
      abbreviations: ['AVG'],
    });
    const { id } = await post('/communities/test/documents', { title: 'Pilots 2026' });
    pageUrl = `${server.url}/d/${id}`;
    const readerEmail = await inviteAccount(server.url, server.credentials.token, 'Rik', 'reader');
    [writer, reader] = await Promise.all([open(ADMIN_EMAIL, `/d/${id}`), open(readerEmail, '/')]);
    await waitForStatus(writer.page, { connection: 'connected' });
    await typeAtEnd(writer.page, TEXT);
    await waitForStatus(writer.page, { saved: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('marks an inflected term and shows its definition on hover, and keeps it while pointed at', async () => {
    const { page } = writer;
    const marked = term(page, 'homomorfe encrypties');
    await marked.waitFor();
    expect(await term(page, 'AVG').count()).toBe(1);
    expect(await tooltip(page).isVisible()).toBe(false);
    await marked.hover();
    await expect.poll(() => tooltip(page).textContent()).toContain(DEFINITION);
    // The pointer may move onto the definition (to follow its link) without it closing.
    await tooltip(page).hover();
    expect(await tooltip(page).isVisible()).toBe(true);
    await page.mouse.move(5, 5);
    await tooltip(page).waitFor({ state: 'hidden' });
    // Marks are decorations: the shared text has no trace of them.
    expect(await page.locator('.ProseMirror').textContent()).toContain(TEXT);
  });

  it('shows the definition to a writer whose caret is in the term; Escape dismisses it', async () => {
    const { page } = writer;
    await term(page, 'homomorfe encrypties').click();
    await expect.poll(() => tooltip(page).textContent()).toContain(DEFINITION);
    await page.keyboard.press('Escape');
    await tooltip(page).waitFor({ state: 'hidden' });
    await page.keyboard.press('End');
    await term(page, 'AVG').click();
    await expect.poll(() => tooltip(page).textContent()).toContain('De Europese privacywet.');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    // A term typed now is marked as it is completed; a term broken by an edit loses its mark.
    await typeAtEnd(page, ' Ook homomorphic encryption.');
    await term(page, 'homomorphic encryption').waitFor();
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await expect.poll(() => term(page, 'homomorphic encryption').count()).toBe(0);
  });

  it('lets a reader reach the term with the keyboard and read the definition', async () => {
    const { page } = reader;
    await page.goto(pageUrl);
    const marked = term(page, 'homomorfe encrypties');
    await marked.waitFor();
    expect(await marked.getAttribute('tabindex')).toBe('0');
    await marked.focus();
    await expect.poll(() => tooltip(page).textContent()).toContain(DEFINITION);
    expect(await marked.getAttribute('aria-describedby')).toBe(
      await tooltip(page).getAttribute('id'),
    );
    await checkBothWidths(page, 'glossary-tooltip');
    // Tab goes on to the next term, whose definition then shows; Escape dismisses it.
    await page.keyboard.press('Tab');
    await expect.poll(() => tooltip(page).textContent()).toContain('De Europese privacywet.');
    await page.keyboard.press('Escape');
    await tooltip(page).waitFor({ state: 'hidden' });
  });

  it('explains selected text in place, and the page marks it at once', async () => {
    const { page } = writer;
    await page.goto(pageUrl);
    await waitForStatus(page, { connection: 'connected' });
    const paragraph = page.locator('.ProseMirror p').first();
    await paragraph.waitFor();
    // Select "pilots" by double-click, as a person would.
    await paragraph.getByText(TEXT).dblclick({ position: { x: 60, y: 8 } });
    await page.getByRole('button', { name: 'Explain in glossary' }).click();
    const dialog = page.getByRole('dialog');
    const termField = dialog.getByRole('textbox', { name: 'Term', exact: true });
    const selected = await termField.inputValue();
    expect(selected.length).toBeGreaterThan(0);
    await dialog
      .getByRole('textbox', { name: 'What it means' })
      .fill('Een proef op kleine schaal.');
    await dialog.getByRole('button', { name: 'Add to the glossary' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await term(page, selected).first().waitFor();
  });

  it('marks a long page where the reader is, following the scrolling', async () => {
    const paragraphs = ['Eerst: homomorfe encryptie in het kort.'];
    paragraphs.push(...Array.from({ length: 200 }, (_, n) => `Alinea ${n + 1} over planning.`));
    paragraphs.push('Tot slot: homomorfe encryptie in de praktijk.');
    const imported = await fetch(`${server.url}/api/communities/test/import?name=lang.md`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${server.credentials.token}`,
        'content-type': 'text/markdown',
      },
      body: paragraphs.join('\n\n'),
    });
    expect(imported.status).toBe(201);
    const [created] = (await imported.json()) as { id: string }[];
    const id = created!.id;
    const { page } = writer;
    await page.goto(`${server.url}/d/${id}`);
    const last = page.locator('.ProseMirror p', { hasText: 'Tot slot' });
    await last.waitFor({ state: 'attached' });
    await waitForStatus(page, { connection: 'connected' });
    // On screen the term is marked; far below it is not (yet): a long page carries no
    // thousands of marks.
    await page.locator('.ProseMirror p', { hasText: 'Eerst' }).locator('.kring-term').waitFor();
    expect(await last.locator('.kring-term').count()).toBe(0);
    await last.scrollIntoViewIfNeeded();
    await last.locator('.kring-term', { hasText: 'homomorfe encryptie' }).waitFor();
  });

  it('lists the terms for members and lets each person switch the marks off', async () => {
    const { page } = reader;
    await page.goto(`${server.url}/c/test/glossary`);
    const entries = page.getByRole('list', { name: /terms$/ });
    await entries.getByRole('heading', { name: 'homomorfe encryptie' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Explain a term' }).count()).toBe(0);
    await page.getByRole('searchbox', { name: 'Find a term' }).fill('privacywet');
    await expect.poll(() => entries.getByRole('listitem').count()).toBe(1);
    expect(await entries.textContent()).toContain('Also: AVG');
    await checkBothWidths(page, 'glossary');

    await page.getByRole('checkbox', { name: 'Mark glossary terms' }).uncheck();
    const glossaryLoaded = page.waitForResponse((response) =>
      response.url().endsWith('/api/communities/test/glossary'),
    );
    await page.goto(pageUrl);
    await page.locator('.ProseMirror p', { hasText: 'Twee pilots' }).waitFor();
    await glossaryLoaded;
    // Two frames after the glossary arrived, marks would have been drawn.
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    expect(await page.locator('.ProseMirror .kring-term').count()).toBe(0);
  });

  it('lets a writer add a term on the glossary page, with a clear error for a known one', async () => {
    const { page } = writer;
    await page.goto(`${server.url}/c/test/glossary`);
    const form = page
      .locator('form')
      .filter({ has: page.getByRole('button', { name: 'Add to the glossary' }) });
    await form.getByRole('textbox', { name: 'Term', exact: true }).fill('Homomorfe Encryptie');
    await form.getByRole('textbox', { name: 'What it means' }).fill('Nog een keer.');
    await form.getByRole('button', { name: 'Add to the glossary' }).click();
    await page
      .getByRole('link', { name: /^Term: The glossary already explains this term/ })
      .waitFor();
    await form
      .getByRole('textbox', { name: 'Term', exact: true })
      .fill('Secure multi-party computation');
    await form.getByRole('textbox', { name: 'Abbreviations' }).fill('MPC');
    await form.getByRole('button', { name: 'Add to the glossary' }).click();
    await page.getByText('“Secure multi-party computation” was added.').waitFor();
    await checkBothWidths(page, 'glossary-writer');
  });
});
