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
import { type Person, checkBothWidths, createPageAsAdmin, openAs } from './support/screens.js';

const HE_TITLE = 'Homomorfe encryptie in de praktijk';
const HE_TEXT =
  'Homomorfe encryptie laat ons rekenen op versleutelde gegevens zonder ze te ontsleutelen. ' +
  'In de pilot vergeleken we drie bibliotheken op snelheid en sleutelbeheer.';
const SD_TITLE = 'Synthetische data voor het testen';
const SD_TEXT =
  'Synthetische data helpen om software te testen zonder echte persoonsgegevens te gebruiken.';

/**
 * Who knows what (M6) as people use it: an admin keeps the organisation list, a member fills in
 * what others see and hides a field, a colleague reads her person page, asks "who knows about …?"
 * in a whole Dutch sentence, finds her first with the page as the reason, and sees on that page
 * who wrote how much.
 */
describe('who knows what: organisations, profile, person page, people search, contributors', () => {
  let server: ServerProcess;
  let browser: TestBrowser;
  let admin: Person;
  let femke: Person;
  const ids: Record<string, string> = {};

  const createPage = (title: string) => createPageAsAdmin(server, title);

  const open = (email: string, returnTo: string) => openAs(browser, server, email, returnTo);

  /** Signs in as `email`, types `text` at the end of the page and waits until it is saved. */
  const write = async (person: Person, id: string, text: string): Promise<void> => {
    await person.page.goto(`${server.url}/d/${id}`);
    await waitForStatus(person.page, { connection: 'connected' });
    await typeAtEnd(person.page, text);
    await waitForStatus(person.page, { saved: true });
  };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServerProcess(), launchBrowser()]);
    [ids['he'], ids['sd']] = await Promise.all([createPage(HE_TITLE), createPage(SD_TITLE)]);
    const [femkeEmail, bramEmail] = await Promise.all([
      inviteAccount(server.url, server.credentials.token, 'Femke'),
      inviteAccount(server.url, server.credentials.token, 'Bram'),
    ]);
    [admin, femke] = await Promise.all([
      open(ADMIN_EMAIL, '/organisations'),
      open(femkeEmail, '/account'),
    ]);
    const bram = await open(bramEmail, '/');
    await Promise.all([write(femke, ids['he']!, HE_TEXT), write(bram, ids['sd']!, SD_TEXT)]);
    await bram.context.close();
    await server.flushDerived();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('lets an instance admin add and change organisations, with clear errors', async () => {
    const { page } = admin;
    await page.getByRole('heading', { level: 1, name: 'Organisations' }).waitFor();
    const form = page.locator('form').filter({ has: page.getByLabel('Name', { exact: true }) });
    await form.getByRole('button', { name: 'Add organisation' }).click();
    await page.getByRole('link', { name: /Name: .*/ }).waitFor();
    await page.getByLabel('Name', { exact: true }).fill('TNO');
    await page.getByLabel('Type', { exact: true }).selectOption({ label: 'Knowledge institute' });
    await form.getByRole('button', { name: 'Add organisation' }).click();
    const table = page.getByRole('table', { name: 'Organisations' });
    await table.getByRole('rowheader', { name: 'TNO' }).waitFor();
    await page.getByLabel('Name', { exact: true }).fill('Gemeente Utrecht');
    await page.getByLabel('Type', { exact: true }).selectOption({ label: 'Ministry' });
    await form.getByRole('button', { name: 'Add organisation' }).click();
    await table.getByRole('rowheader', { name: 'Gemeente Utrecht' }).waitFor();
    // The wrong type is put right in the change dialog.
    await page.getByRole('button', { name: 'Change Gemeente Utrecht' }).click();
    const dialog = page.getByRole('dialog', { name: 'Change “Gemeente Utrecht”' });
    await dialog.getByLabel('Type').selectOption({ label: 'Municipality' });
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect
      .poll(() => table.getByRole('row', { name: /Gemeente Utrecht/ }).textContent())
      .toContain('Municipality');
    await checkBothWidths(page, 'organisations');
  });

  it('lets a member say what others see, and hide a field', async () => {
    const { page } = femke;
    await page.goto(`${server.url}/account`);
    const details = page.getByRole('region', { name: 'What others see about you' });
    await details.getByRole('combobox', { name: 'Organisation from the list' }).selectOption({
      label: 'TNO (Knowledge institute)',
    });
    await details.getByRole('textbox', { name: 'Function', exact: true }).fill('Cryptograaf');
    await details
      .getByRole('textbox', { name: 'Expertise', exact: true })
      .fill('homomorfe encryptie, MPC');
    await details
      .getByRole('textbox', { name: 'About me', exact: true })
      .fill('Werkt aan PET-pilots.');
    await details
      .getByRole('textbox', { name: 'How to reach me', exact: true })
      .fill('06 12345678');
    const showContact = details
      .getByRole('group', { name: 'Show to people in my communities' })
      .getByRole('checkbox', { name: 'How to reach me' });
    await showContact.uncheck();
    await details.getByRole('button', { name: 'Save details' }).click();
    await details.getByText('Your details were saved.').waitFor();
    await checkBothWidths(page, 'account-profile');

    await page.reload();
    await expect
      .poll(() => details.getByRole('textbox', { name: 'Function', exact: true }).inputValue())
      .toBe('Cryptograaf');
    expect(
      await details.getByRole('textbox', { name: 'Expertise', exact: true }).inputValue(),
    ).toBe('homomorfe encryptie, MPC');
    expect(await showContact.isChecked()).toBe(false);
  });

  it('shows her person page to a colleague without the hidden field', async () => {
    await femke.page.getByRole('link', { name: 'See your page as others do' }).click();
    await femke.page.getByRole('heading', { level: 1, name: 'Femke' }).waitFor();
    const personUrl = femke.page.url();
    const { page } = admin;
    await page.goto(personUrl);
    await page.getByRole('heading', { level: 1, name: 'Femke' }).waitFor();
    const facts = page.locator('dl');
    await facts.getByText('TNO (Knowledge institute)').waitFor();
    expect(await facts.textContent()).toContain('Cryptograaf');
    expect(await page.locator('main').textContent()).not.toContain('06 12345678');
    await page.getByRole('link', { name: 'homomorfe encryptie', exact: true }).waitFor();
    const wrote = page.getByRole('list', { name: 'Wrote about' });
    await wrote.getByRole('link', { name: HE_TITLE }).waitFor();
    await checkBothWidths(page, 'person');
  });

  it('answers a whole question with the person who wrote about it, and why', async () => {
    const { page } = admin;
    await page.goto(`${server.url}/people`);
    await page
      .getByLabel('Who can I ask about …')
      .fill('Wie weet er meer van homomorfe encryptie?');
    await page.getByRole('button', { name: 'Find people' }).click();
    const results = page.getByRole('list', { name: 'People' });
    const hits = results.locator(':scope > li');
    await hits.first().waitFor();
    const first = hits.first();
    expect(await first.getByRole('heading').textContent()).toBe('Femke');
    expect(await first.textContent()).toContain('TNO');
    const reason = first.getByRole('listitem').filter({ hasText: 'wrote most of' });
    await reason.getByRole('link', { name: HE_TITLE }).waitFor();
    await first.getByText('lists “homomorfe encryptie” as expertise').waitFor();
    expect(await results.getByRole('heading', { name: 'Bram' }).count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('q')).toBe(
      'Wie weet er meer van homomorfe encryptie?',
    );
    await checkBothWidths(page, 'people-search');

    // The reason opens the page, whose details say who wrote how much.
    await reason.getByRole('link', { name: HE_TITLE }).click();
    await waitForStatus(page, { connection: 'connected' });
    const panel = page.getByRole('complementary', { name: 'About this document' });
    await panel.getByRole('tab', { name: 'Details' }).click();
    const writers = panel.getByRole('list', { name: 'Written by' });
    const firstWriter = writers.getByRole('listitem').first();
    await firstWriter.getByRole('link', { name: 'Femke' }).waitFor();
    expect(await firstWriter.textContent()).toMatch(/\d+% of the text/);
    expect(await writers.getByRole('listitem').count()).toBe(2);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('says so when nobody knows', async () => {
    const { page } = admin;
    await page.goto(`${server.url}/people?q=${encodeURIComponent('Who knows about zeppelins?')}`);
    await page.getByText('Nobody found for “Who knows about zeppelins?”.').waitFor();
  });
});
