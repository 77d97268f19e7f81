import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL } from '../support/credentials.js';
import { startServerProcess, type ServerProcess } from '../support/serverProcess.js';
import {
  launchBrowser,
  seriousAccessibilityViolations,
  type TestBrowser,
} from './support/browser.js';
import { inviteAccount, signIn } from './support/session.js';

/** Set by `npm run screenshots`; tests take no screenshots otherwise. */
const SCREENS = process.env['KRING_SCREENSHOTS_DIR'];
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

interface Person {
  context: BrowserContext;
  page: Page;
}

/** Axe-clean and no sideways scrolling at both widths; screenshots when asked for. */
async function checkBothWidths(page: Page, name: string): Promise<void> {
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

/**
 * Community questions (M7): a member asks the community a question that belongs to no page,
 * another answers, the asker accepts the answer, someone finds it by an inflected word, and what
 * it taught becomes a glossary entry that links back.
 */
describe('community questions: ask, answer, accept, find, keep', () => {
  let server: ServerProcess;
  let browser: TestBrowser;
  let asker: Person;
  let expert: Person;
  let questionUrl: string;

  const open = async (email: string, returnTo: string): Promise<Person> => {
    const context = await browser.browser.newContext({ locale: 'en-US', viewport: DESKTOP });
    const page = await context.newPage();
    await signIn(page, server.url, email, returnTo);
    return { context, page };
  };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServerProcess(), launchBrowser()]);
    const email = await inviteAccount(server.url, server.credentials.token, 'Ilse', 'commenter');
    [asker, expert] = await Promise.all([
      open(email, '/c/test/questions'),
      open(ADMIN_EMAIL, '/c/test/questions'),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('lets a member ask, with a clear error for an empty question', async () => {
    const { page } = asker;
    await page.getByRole('heading', { name: 'Questions – Test community' }).waitFor();
    await page.getByRole('button', { name: 'Ask', exact: true }).click();
    await page.getByRole('link', { name: /^Your question: / }).waitFor();
    await page
      .getByRole('textbox', { name: 'Your question' })
      .fill('Heeft iemand al eens een data clean room aanbesteed?');
    await page
      .getByRole('textbox', { name: 'More about it (optional)' })
      .fill('We willen gegevens van twee ministeries koppelen zonder ze te delen.');
    await page.getByRole('button', { name: 'Ask', exact: true }).click();
    await page
      .getByRole('heading', {
        level: 1,
        name: 'Heeft iemand al eens een data clean room aanbesteed?',
      })
      .waitFor();
    questionUrl = page.url();
    expect(await page.getByText('Open', { exact: true }).count()).toBeGreaterThan(0);
  });

  it('lets another member answer and the asker accept it', async () => {
    await expert.page.goto(questionUrl);
    const answerField = expert.page.getByRole('textbox', { name: 'Your answer' });
    await answerField.fill(
      'Ja, via een aanbesteding met een privacy-eisenbijlage; vraag het team van BZK.',
    );
    await expert.page.getByRole('button', { name: 'Answer', exact: true }).click();
    await expert.page.getByText('1 answer', { exact: true }).waitFor();

    const { page } = asker;
    await page.reload();
    await page.getByRole('button', { name: 'Mark as the answer' }).click();
    await page.getByText('The answer', { exact: true }).waitFor();
    await page.getByText('Answered', { exact: true }).first().waitFor();
    await checkBothWidths(page, 'question');
  });

  it('finds the question by an inflected word of its answer', async () => {
    const { page } = expert;
    await page.goto(`${server.url}/c/test/questions`);
    await page
      .getByRole('searchbox', { name: 'Search questions and answers' })
      .fill('aanbestedingen');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByRole('heading', { name: /1 question for “aanbestedingen”/ }).waitFor();
    await page
      .getByRole('link', { name: 'Heeft iemand al eens een data clean room aanbesteed?' })
      .waitFor();
    await checkBothWidths(page, 'questions');
  });

  it('turns the question into a glossary entry that links back', async () => {
    const { page } = asker;
    await page.goto(questionUrl);
    await page.getByRole('textbox', { name: 'Term', exact: true }).fill('Data clean room');
    await page.getByRole('button', { name: 'Make it' }).click();
    await page.getByText('The glossary entry was made.').waitFor();
    await page.getByRole('link', { name: 'In the glossary' }).click();
    await page.getByRole('heading', { name: 'Data clean room' }).waitFor();
    await page.getByRole('link', { name: new URL(questionUrl).pathname }).click();
    await page
      .getByRole('heading', {
        level: 1,
        name: 'Heeft iemand al eens een data clean room aanbesteed?',
      })
      .waitFor();
  });
});
