import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  IMMEDIATE_MAILS_PER_DAY,
  type DocumentView,
  type EmailMode,
  type NotificationListView,
} from '@kring/shared';
import { addMember, api, createAccount, type TestAccount } from '../support/accounts.js';
import { startTestServer, type TestServer } from '../support/testServer.js';
import { TABLES } from '../../server/src/storage/meta/tables.js';

/** One mail as the test SMTP server received it. */
interface ReceivedMail {
  readonly to: readonly string[];
  /** The raw message with quoted-printable and encoded words undone (enough to read it). */
  readonly text: string;
  readonly subject: string;
}

/** Undoes quoted-printable soft breaks and escapes (the bodies nodemailer writes). */
function decodeQuotedPrintable(raw: string): string {
  const bytes = raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

/** A header's value with RFC 2047 encoded words decoded (`=?UTF-8?Q?…?=`, `=?UTF-8?B?…?=`). */
function header(raw: string, name: string): string {
  const head = raw.split(/\r?\n\r?\n/)[0] ?? '';
  const match = new RegExp(`^${name}:(.*(?:\\r?\\n[ \\t].*)*)`, 'im').exec(head);
  const value = (match?.[1] ?? '').replace(/\r?\n[ \t]/g, ' ').trim();
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_match, encoding: string, text: string) =>
      encoding.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeQuotedPrintable(text.replace(/_/g, ' ')),
    );
}

/** A local SMTP server that keeps every message in memory, and can refuse for a while. */
async function startSmtp() {
  const mails: ReceivedMail[] = [];
  const state = { refuse: false };
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onMailFrom(_address, _session, callback) {
      if (!state.refuse) return callback();
      const error = Object.assign(new Error('Try again later'), { responseCode: 451 });
      callback(error);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('latin1');
        mails.push({
          to: session.envelope.rcptTo.map((each) => each.address),
          text: decodeQuotedPrintable(raw),
          subject: header(raw, 'Subject'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', () => resolve()));
  const port = (smtp.server.address() as AddressInfo).port;
  return {
    mails,
    state,
    url: `smtp://127.0.0.1:${port}`,
    to: (address: string) => mails.filter((mail) => mail.to.includes(address)),
    close: () => new Promise<void>((resolve) => smtp.close(() => resolve())),
  };
}

async function waitFor(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Mail through a real SMTP server: immediate mails with their daily cap, digests (one mail per
 * tick), no mail when off, password reset and invitation links, and that a refused send is not
 * lost (it goes out on the next tick, also after a restart).
 */
describe('mail', () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let server: TestServer;
  let editor: TestAccount;
  let pageId: string;
  let count = 0;

  const as = (account: TestAccount) => ({ token: account.token });
  const mail = () => server.kring.services.notifications.mail;
  const settled = async () => {
    await mail().whenIdle();
  };
  /** A new member with the given email mode. */
  const member = async (mode: EmailMode): Promise<TestAccount> => {
    count += 1;
    const account = await createAccount(server, `Lid${count}`);
    await addMember(server, 'test', account, 'commenter');
    const set = await api(server, 'PUT', '/api/me/notification-settings', {
      ...as(account),
      body: { email: mode },
    });
    expect(set).toEqual({ status: 200, body: { email: mode, mailAvailable: true } });
    return account;
  };
  const mention = async (account: TestAccount, body = 'Kun jij hier naar kijken?') => {
    const created = await api(server, 'POST', `/api/documents/${pageId}/comments`, {
      ...as(editor),
      body: { body, mentions: [account.user.id] },
    });
    expect(created.status).toBe(201);
  };
  const mentionOnPage = async (account: TestAccount) => {
    const done = await api(server, 'POST', `/api/documents/${pageId}/mentions`, {
      ...as(editor),
      body: { userIds: [account.user.id] },
    });
    expect(done.status).toBe(204);
  };

  beforeAll(async () => {
    smtp = await startSmtp();
    server = await startTestServer({
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Kring test <kring@example.org>',
    });
    editor = await createAccount(server, 'Eva');
    await addMember(server, 'test', editor, 'editor');
    const created = await api(server, 'POST', '/api/communities/test/documents', {
      ...as(editor),
      body: { title: 'Begroting <2026> & "plannen"' },
    });
    expect(created.status).toBe(201);
    pageId = (created.body as DocumentView).id;
  });
  afterAll(async () => {
    await server?.dispose();
    await smtp?.close();
  });

  it('mails an immediate-mode member once for a mention, linking to the exact place', async () => {
    const lid = await member('immediate');
    await mention(lid, 'Kijk je naar <b>regel 4</b>?');
    const inApp = await api(server, 'GET', '/api/me/notifications', as(lid));
    expect((inApp.body as NotificationListView).unread).toBe(1);
    await waitFor(() => smtp.to(lid.user.email).length > 0);
    await settled();
    const mails = smtp.to(lid.user.email);
    expect(mails).toHaveLength(1);
    const [received] = mails;
    expect(received!.subject).toContain('Eva');
    expect(received!.subject).toContain('Begroting');
    expect(received!.text).toMatch(/^From: Kring test <kring@example.org>/m);
    expect(received!.text).toContain(`${server.kring.url}/d/${pageId}?thread=`);
    expect(received!.text).toContain(`${server.kring.url}/account`);
    // Plain text and HTML, the HTML escaped.
    expect(received!.text).toContain('Content-Type: text/plain');
    expect(received!.text).toContain('Content-Type: text/html');
    expect(received!.text).toContain('&lt;b&gt;regel 4&lt;/b&gt;');
    expect(received!.text).toContain('Begroting &lt;2026&gt; &amp; &quot;plannen&quot;');
    const html = received!.text.slice(received!.text.indexOf('Content-Type: text/html'));
    expect(html).not.toContain('<b>regel 4</b>');
    // Dutch and English both (the server does not know the recipient's language).
    expect(received!.text).toContain('noemde je');
    expect(received!.text).toContain('mentioned you');
  });

  it('sends digest-mode members nothing at once, then ONE mail listing everything', async () => {
    const lid = await member('digest');
    await mention(lid, 'Eerste vraag');
    await mention(lid, 'Tweede vraag');
    await mentionOnPage(lid);
    await settled();
    expect(smtp.to(lid.user.email)).toEqual([]);
    await mail().tick();
    await waitFor(() => smtp.to(lid.user.email).length > 0);
    await settled();
    const mails = smtp.to(lid.user.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain('3');
    expect(mails[0]!.text).toContain('Eerste vraag');
    expect(mails[0]!.text).toContain('Tweede vraag');
    expect(mails[0]!.text.split(`${server.kring.url}/d/${pageId}`).length - 1).toBeGreaterThan(3);
    // Nothing is left for the next tick.
    await mail().tick();
    await settled();
    expect(smtp.to(lid.user.email)).toHaveLength(1);
  });

  it(`batches 50 mentions: at most ${IMMEDIATE_MAILS_PER_DAY} immediate mails, the rest in ONE digest`, async () => {
    const lid = await member('immediate');
    for (let index = 0; index < 25; index += 1) {
      await mention(lid, `Vraag ${index + 1}`);
      await mentionOnPage(lid);
    }
    const inApp = await api(server, 'GET', '/api/me/notifications?limit=100', as(lid));
    expect((inApp.body as NotificationListView).unread).toBe(50);
    await waitFor(() => smtp.to(lid.user.email).length >= IMMEDIATE_MAILS_PER_DAY);
    await settled();
    expect(smtp.to(lid.user.email)).toHaveLength(IMMEDIATE_MAILS_PER_DAY);
    await mail().tick();
    await waitFor(() => smtp.to(lid.user.email).length > IMMEDIATE_MAILS_PER_DAY);
    await settled();
    const mails = smtp.to(lid.user.email);
    expect(mails).toHaveLength(IMMEDIATE_MAILS_PER_DAY + 1);
    const digest = mails[IMMEDIATE_MAILS_PER_DAY]!;
    expect(digest.subject).toContain(String(50 - IMMEDIATE_MAILS_PER_DAY));
    expect(digest.text).toContain('Vraag 25');
    // Still over the day's cap: the next mention waits for the digest too.
    await mention(lid, 'Nog eentje');
    await settled();
    expect(smtp.to(lid.user.email)).toHaveLength(IMMEDIATE_MAILS_PER_DAY + 1);
  });

  it('sends no mail at all in off mode (in the app it still shows)', async () => {
    const lid = await member('off');
    await mention(lid);
    await mentionOnPage(lid);
    await settled();
    await mail().tick();
    await settled();
    expect(smtp.to(lid.user.email)).toEqual([]);
    const inApp = await api(server, 'GET', '/api/me/notifications', as(lid));
    expect((inApp.body as NotificationListView).unread).toBe(2);
  });

  it('mails a password reset link that works, and nothing for unknown addresses', async () => {
    const lid = await member('off');
    const asked = await api(server, 'POST', '/api/auth/password-reset', {
      body: { email: lid.user.email },
    });
    expect(asked).toEqual({ status: 202, body: { status: 'accepted' } });
    const unknown = await api(server, 'POST', '/api/auth/password-reset', {
      body: { email: 'nobody@example.org' },
    });
    expect(unknown).toEqual(asked);
    await waitFor(() => smtp.to(lid.user.email).length > 0);
    await settled();
    expect(smtp.to('nobody@example.org')).toEqual([]);
    const [received] = smtp.to(lid.user.email);
    const link = new RegExp(`${server.kring.url}/reset-password/([A-Za-z0-9_-]+)`).exec(
      received!.text,
    );
    expect(link).not.toBeNull();
    const done = await api(server, 'POST', '/api/auth/password-reset/complete', {
      body: { token: link![1], password: 'een nieuw lang wachtwoord' },
    });
    expect(done.status).toBe(204);
  });

  it('mails the invitation link when an owner adds someone by email', async () => {
    const owner = await createAccount(server, 'Olga');
    await addMember(server, 'test', owner, 'owner');
    const added = await api(server, 'POST', '/api/communities/test/members', {
      ...as(owner),
      body: { email: 'nieuw@example.org', role: 'editor' },
    });
    expect(added.status).toBe(202);
    const url = (added.body as { invitation: { url: string } }).invitation.url;
    await waitFor(() => smtp.to('nieuw@example.org').length > 0);
    const [received] = smtp.to('nieuw@example.org');
    expect(url).toContain('/invite/');
    expect(received!.text).toContain(url);
    expect(received!.text).toContain('Olga');
  });

  it('does not lose mail the SMTP server refuses: it goes out on the next tick, even after a restart', async () => {
    const lid = await member('immediate');
    smtp.state.refuse = true;
    await mention(lid, 'Blijft deze bewaard?');
    await settled();
    expect(smtp.to(lid.user.email)).toEqual([]);
    // Still refusing on the next tick: kept again.
    await mail().tick();
    await settled();
    expect(await server.kring.services.meta.keys(TABLES.mailOutbox)).toHaveLength(1);

    await server.restart();
    smtp.state.refuse = false;
    expect(smtp.to(lid.user.email)).toEqual([]);
    await mail().tick();
    await waitFor(() => smtp.to(lid.user.email).length > 0);
    await settled();
    const mails = smtp.to(lid.user.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain('Blijft deze bewaard?');
    expect(await server.kring.services.meta.keys(TABLES.mailOutbox)).toEqual([]);
  });

  it('keeps pending digests across a restart', async () => {
    const lid = await member('digest');
    await mention(lid, 'Na de herstart');
    await server.restart();
    await mail().tick();
    await waitFor(() => smtp.to(lid.user.email).length > 0);
    await settled();
    expect(smtp.to(lid.user.email)).toHaveLength(1);
    expect(smtp.to(lid.user.email)[0]!.text).toContain('Na de herstart');
  });
});
