import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL } from '../support/credentials.js';
import { startServerProcess, type ServerProcess } from '../support/serverProcess.js';
import { launchBrowser, type TestBrowser } from './support/browser.js';
import { inviteAccount } from './support/session.js';
import { type Person, checkBothWidths, openAs } from './support/screens.js';

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

  const open = (email: string, returnTo: string) => openAs(browser, server, email, returnTo);

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
