import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentView, VersionView } from '@kring/shared';
import {
  launchBrowser,
  seriousAccessibilityViolations,
  type TestBrowser,
} from './support/browser.js';
import { moveCaret, selectInEditor, waitForStatus, waitForText } from './support/documentPage.js';
import { signIn } from './support/session.js';
import { ADMIN_EMAIL } from '../support/credentials.js';
import { startServerProcess, type ServerProcess } from '../support/serverProcess.js';

const PARAGRAPHS = Array.from(
  { length: 14 },
  (_, i) => `Alinea ${i + 1} van de nota over het beleid.`,
);

/** Opens the History tab of the side panel, opening the panel first when it is closed. */
async function openHistory(page: Page): Promise<void> {
  const tab = page.getByRole('tab', { name: /^history$/i });
  if ((await tab.count()) === 0) await page.getByRole('button', { name: 'Side panel' }).click();
  await tab.click();
}

/**
 * The version dialog compares passage by passage: an edited paragraph reads as its old text
 * then its new text with the changed word marked, a new paragraph as one added block, and the
 * unchanged paragraphs in between fold behind "N unchanged paragraphs".
 */
describe('the changes since a version', () => {
  let server: ServerProcess;
  let browser: TestBrowser;
  let page: Page;

  const api = async (path: string, init: RequestInit): Promise<Response> =>
    fetch(`${server.url}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${server.credentials.token}`, ...init.headers },
    });

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServerProcess(), launchBrowser()]);
    const imported = await api('/api/communities/test/import?name=nota.md', {
      method: 'POST',
      headers: { 'content-type': 'text/markdown' },
      body: PARAGRAPHS.join('\n\n'),
    });
    expect(imported.status).toBe(201);
    const [doc] = (await imported.json()) as DocumentView[];
    const saved = await api(`/api/documents/${doc!.id}/versions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Eerste versie' }),
    });
    expect((await saved.json()) as VersionView).toMatchObject({ name: 'Eerste versie' });

    const context = await browser.browser.newContext({
      locale: 'en-US',
      viewport: { width: 1280, height: 800 },
    });
    page = await context.newPage();
    await signIn(page, server.url, ADMIN_EMAIL, `/d/${doc!.id}`);
    await waitForStatus(page, { connection: 'connected' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('shows an edit as old then new passage, a new paragraph whole, the rest folded', async () => {
    await waitForText(page, [PARAGRAPHS[13]!]);
    // Edit paragraph 2 ("nota" becomes "notitie") and add a paragraph after the last one.
    const second = page.locator('.ProseMirror p', { hasText: PARAGRAPHS[1]! });
    await second.click();
    await selectInEditor(second, null);
    for (let k = 0; k < 'nota over het beleid.'.length; k++) await page.keyboard.press('Backspace');
    await page.keyboard.type('notitie over het beleid.');
    // The very end of the text (End alone ends the visual line, which may be mid-paragraph).
    await moveCaret(page, 'Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Een nieuwe slotalinea.');
    await waitForStatus(page, { connection: 'connected', saved: true });

    await openHistory(page);
    await page.getByRole('button', { name: /view version eerste versie/i }).click();
    const dialog = page.getByRole('dialog');
    const changes = dialog.getByRole('list', { name: /changes since this version/i });
    await changes.waitFor();

    expect(await dialog.innerText()).toMatch(/1 paragraph changed, 1 paragraph added/);
    const edited = changes.locator('.kring-history__passage--changed').first();
    expect(await edited.locator('del').allInnerTexts()).toEqual([
      expect.stringMatching(/removed:\s*nota/),
    ]);
    expect(await edited.locator('ins').allInnerTexts()).toEqual([
      expect.stringMatching(/added:\s*notitie/),
    ]);
    const blocks = edited.locator('.kring-history__block');
    expect(await blocks.evaluateAll((els) => els.map((el) => el.className))).toEqual([
      expect.stringContaining('--removed'),
      expect.stringContaining('--added'),
    ]);
    const addedBlock = changes.locator('ins.kring-history__whole');
    expect(await addedBlock.innerText()).toMatch(/Een nieuwe slotalinea\./);

    // One fold between the two changes (10 paragraphs here; CI has shown 11 — see issue #10's note).
    const folds = changes.getByRole('button', { name: /\d+ unchanged paragraphs/i });
    await folds.first().waitFor();
    expect(await folds.count()).toBe(1);
    const fold = folds.first();
    expect(await fold.getAttribute('aria-expanded')).toBe('false');
    expect(await changes.innerText()).not.toContain(PARAGRAPHS[7]!);
    await fold.focus();
    await page.keyboard.press('Enter');
    expect(await fold.getAttribute('aria-expanded')).toBe('true');
    expect(await changes.innerText()).toContain(PARAGRAPHS[7]!);
    await page.keyboard.press('Enter');
    expect(await changes.innerText()).not.toContain(PARAGRAPHS[7]!);

    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 390, height: 844 },
    ]) {
      await page.setViewportSize(viewport);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      const sideways = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(sideways).toBeLessThanOrEqual(0);
    }
  });
});
