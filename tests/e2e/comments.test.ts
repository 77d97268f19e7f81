import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL } from '../support/credentials.js';
import { startServerProcess, type ServerProcess } from '../support/serverProcess.js';
import {
  launchBrowser,
  seriousAccessibilityViolations,
  type TestBrowser,
} from './support/browser.js';
import { moveCaret, selectInEditor, typeAtEnd, waitForStatus } from './support/documentPage.js';
import { inviteAccount } from './support/session.js';
import {
  DESKTOP,
  PHONE,
  type Person,
  createPageAsAdmin,
  SCREENS,
  openAs,
} from './support/screens.js';

const TEXT = 'De pilot met synthetische data loopt tot het voorjaar.';

const panel = (page: Page) => page.getByRole('complementary', { name: 'About this document' });
const threads = (page: Page) => panel(page).getByRole('list', { name: /open thread/ });

/**
 * Comments (M7) as two people use them: a writer comments on selected text, a commenter (who
 * may not change the text) sees it live and replies, the writer sees the reply live, the
 * highlighted text keeps its comment while the text around it changes, and the thread is
 * resolved and reopened.
 */
describe('comments: threads on the text, live for everyone on the page', () => {
  let server: ServerProcess;
  let browser: TestBrowser;
  let writer: Person;
  let commenter: Person;
  let pageUrl: string;

  const open = (email: string, returnTo: string) => openAs(browser, server, email, returnTo);

  const openComments = async (page: Page) => {
    await panel(page).getByRole('tab', { name: 'Comments' }).click();
  };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServerProcess(), launchBrowser()]);
    const id = await createPageAsAdmin(server, 'Planning pilots');
    pageUrl = `/d/${id}`;
    const email = await inviteAccount(server.url, server.credentials.token, 'Cas', 'commenter');
    [writer, commenter] = await Promise.all([open(ADMIN_EMAIL, pageUrl), open(email, pageUrl)]);
    await waitForStatus(writer.page, { connection: 'connected' });
    await typeAtEnd(writer.page, TEXT);
    await waitForStatus(writer.page, { saved: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('lets a writer comment on selected text, which is then highlighted', async () => {
    const { page } = writer;
    await page
      .locator('.ProseMirror')
      .getByText(TEXT)
      .dblclick({ position: { x: 130, y: 8 } });
    const selected = await page.evaluate(() => window.getSelection()?.toString().trim() ?? '');
    expect(selected.length).toBeGreaterThan(2);
    await page.getByRole('button', { name: 'Comment', exact: true }).click();
    const form = panel(page).getByRole('region', { name: 'New comment' });
    await form.getByText(`“${selected}”`).waitFor();
    await form.getByLabel('Your comment', { exact: true }).fill('Klopt deze datum nog?');
    await form.getByRole('button', { name: 'Comment', exact: true }).click();
    const thread = threads(page).getByRole('listitem').first();
    await thread.getByText('Klopt deze datum nog?').waitFor();
    await page.locator('.ProseMirror .kring-commented', { hasText: selected }).waitFor();
    expect(await page.locator('.ProseMirror').textContent()).toContain(TEXT);
  });

  it('shows the thread live to a commenter, who replies without being able to edit', async () => {
    const { page } = commenter;
    await waitForStatus(page, { connection: 'connected' });
    expect(await page.locator('.ProseMirror').getAttribute('aria-readonly')).toBe('true');
    await page
      .getByText('You can read and comment on this document, but not change its text.')
      .waitFor();
    await openComments(page);
    const thread = threads(page).getByRole('listitem').first();
    await thread.getByText('Klopt deze datum nog?').waitFor();
    await thread.getByLabel('Reply', { exact: true }).fill('Nee, het wordt de zomer.');
    await thread.getByRole('button', { name: 'Reply', exact: true }).click();
    await thread.getByText('Nee, het wordt de zomer.').waitFor();
    for (const viewport of [DESKTOP, PHONE]) {
      await page.setViewportSize(viewport);
      if (viewport === PHONE) {
        await page.getByRole('button', { name: 'Side panel', exact: true }).click();
        await openComments(page);
      }
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      if (SCREENS !== undefined) {
        await page.screenshot({
          path: `${SCREENS}/comments-${viewport.width}x${viewport.height}.png`,
        });
      }
    }
    await page.setViewportSize(DESKTOP);

    // The writer's panel follows without a reload.
    await threads(writer.page).getByText('Nee, het wordt de zomer.').waitFor();
  });

  it('keeps the highlight on its text while the text around it changes', async () => {
    const { page } = writer;
    const highlighted = page.locator('.ProseMirror .kring-commented');
    const before = await highlighted.textContent();
    await page.locator('.ProseMirror').click();
    await moveCaret(page, 'Control+Home');
    await page.keyboard.type('Vooraf: ');
    await moveCaret(page, 'Control+End');
    await page.keyboard.type(' Daarna meer.');
    await waitForStatus(page, { saved: true });
    expect(await highlighted.textContent()).toBe(before);
    // After a reload the anchor (Yjs relative positions) finds the same words again.
    await page.reload();
    await waitForStatus(page, { connection: 'connected' });
    await openComments(page);
    await expect.poll(() => highlighted.textContent()).toBe(before);
  });

  it('resolves and reopens a thread; reactions count who reacted', async () => {
    const { page } = writer;
    const thread = threads(page).getByRole('listitem').first();
    await thread.locator('summary', { hasText: 'React' }).first().click();
    await thread.getByRole('button', { name: 'React with 👍' }).first().click();
    await thread.getByRole('button', { name: '👍: 1 person' }).waitFor();
    await thread.getByRole('button', { name: 'Resolve' }).click();
    await panel(page).getByText('1 resolved thread').waitFor();
    await expect.poll(() => page.locator('.ProseMirror .kring-commented').count()).toBe(0);
    await panel(page).getByText('1 resolved thread').click();
    await panel(page).getByRole('button', { name: 'Reopen' }).click();
    await panel(page).getByText('1 open thread').waitFor();
    await page.locator('.ProseMirror .kring-commented').waitFor();

    // Cas takes his reply back (after confirming); Test Admin's panel shows it gone at once.
    const casThread = threads(commenter.page).getByRole('listitem').first();
    await casThread.getByRole('button', { name: 'Delete' }).click();
    const confirm = commenter.page.getByRole('dialog', { name: 'Delete this comment?' });
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await casThread.getByText('Comment deleted.').waitFor();
    await threads(page).getByText('Comment deleted.').waitFor();
    expect(await threads(page).getByText('Nee, het wordt de zomer.').count()).toBe(0);
  });

  it('lets a commenter start a thread on text selected in the read-only page', async () => {
    const { page } = commenter;
    // Select the word "voorjaar" as a mouse drag would (the page is read-only for Cas).
    await selectInEditor(page.locator('.ProseMirror'), 'voorjaar');
    await panel(page).getByRole('button', { name: 'Comment on the selected text' }).click();
    const form = panel(page).getByRole('region', { name: 'New comment' });
    await form.getByText('“voorjaar”').waitFor();
    await form.getByLabel('Your comment', { exact: true }).fill('Welk voorjaar bedoelen we?');
    await form.getByRole('button', { name: 'Comment', exact: true }).click();
    await threads(page).getByText('Welk voorjaar bedoelen we?').waitFor();
    await threads(writer.page).getByText('Welk voorjaar bedoelen we?').waitFor();
    await writer.page.locator('.ProseMirror .kring-commented', { hasText: 'voorjaar' }).waitFor();
  });
});
