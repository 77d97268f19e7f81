import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  CommentThreadView,
  DocumentView,
  NotificationListView,
  NotificationSettingsView,
  NotificationView,
  QuestionView,
  WatchView,
} from '@kring/shared';
import * as Y from 'yjs';
import { addMember, api, createAccount, type TestAccount } from '../support/accounts.js';
import { connectClient, waitUntil } from '../support/nodeClient.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

/**
 * In-app notifications (`/api/me/notifications`), their settings, watches on pages and
 * communities, page mentions and the triggers in comments, answers and new pages: who gets what,
 * and that nothing about a page reaches someone who may not read it.
 */
describe('notifications API', () => {
  let server: TestServer;
  let owner: TestAccount;
  let editor: TestAccount;
  let commenter: TestAccount;
  let reader: TestAccount;
  let outsider: TestAccount;
  let pageId: string;

  const as = (account: TestAccount) => ({ token: account.token });
  const admin = () => ({ token: server.credentials.token });

  const createPage = async (title: string, account: TestAccount | null = null) => {
    const created = await api(server, 'POST', '/api/communities/test/documents', {
      ...(account === null ? admin() : as(account)),
      body: { title },
    });
    expect(created.status).toBe(201);
    return (created.body as DocumentView).id;
  };
  const list = async (account: TestAccount, query = '') => {
    const answer = await api(server, 'GET', `/api/me/notifications${query}`, as(account));
    expect(answer.status).toBe(200);
    return answer.body as NotificationListView;
  };
  const markAllRead = async (account: TestAccount) => {
    const done = await api(server, 'POST', '/api/me/notifications/read', {
      ...as(account),
      body: { all: true },
    });
    expect(done.status).toBe(204);
  };
  const startThread = async (
    account: TestAccount,
    body: string,
    mentions: string[] = [],
    id = pageId,
  ) => {
    const created = await api(server, 'POST', `/api/documents/${id}/comments`, {
      ...as(account),
      body: { body, mentions },
    });
    expect(created.status).toBe(201);
    return created.body as CommentThreadView;
  };
  const reply = async (
    account: TestAccount,
    thread: CommentThreadView,
    body: string,
    mentions: string[] = [],
  ) => {
    const replied = await api(
      server,
      'POST',
      `/api/documents/${thread.documentId}/comments/${thread.id}/replies`,
      { ...as(account), body: { body, mentions } },
    );
    expect(replied.status).toBe(201);
    return replied.body as CommentThreadView;
  };
  const kinds = (found: NotificationListView) =>
    found.notifications.map((each) => [each.kind, each.actor?.name ?? null]);

  beforeAll(async () => {
    server = await startTestServer();
    [owner, editor, commenter, reader, outsider] = await Promise.all([
      createAccount(server, 'Olga'),
      createAccount(server, 'Eva'),
      createAccount(server, 'Cor'),
      createAccount(server, 'Roos'),
      createAccount(server, 'Otto'),
    ]);
    await addMember(server, 'test', owner, 'owner');
    await addMember(server, 'test', editor, 'editor');
    await addMember(server, 'test', commenter, 'commenter');
    await addMember(server, 'test', reader, 'reader');
    pageId = await createPage('Besluitvorming');
  });
  afterAll(async () => {
    await server?.dispose();
  });

  it('starts empty, with digest mail by default and no mail on this instance', async () => {
    expect(await list(reader)).toEqual({ unread: 0, notifications: [] });
    const settings = await api(server, 'GET', '/api/me/notification-settings', as(reader));
    expect(settings).toEqual({
      status: 200,
      body: { email: 'digest', mailAvailable: false } satisfies NotificationSettingsView,
    });
  });

  it('notifies those mentioned in a new thread, with an excerpt and where it is', async () => {
    const long = 'Zullen we dit in maart besluiten? '.repeat(20);
    const thread = await startThread(editor, long, [commenter.user.id, editor.user.id]);
    const found = await list(commenter);
    expect(found.unread).toBe(1);
    const [mention] = found.notifications as [NotificationView];
    expect(mention).toMatchObject({
      kind: 'mention',
      actor: { id: editor.user.id, name: 'Eva' },
      communitySlug: 'test',
      documentId: pageId,
      threadId: thread.id,
      questionId: null,
      title: 'Besluitvorming',
      readAt: null,
    });
    expect([...mention.excerpt].length).toBeLessThanOrEqual(200);
    expect(long.startsWith(mention.excerpt.slice(0, 150))).toBe(true);
    // Never yourself.
    expect((await list(editor)).notifications).toEqual([]);
  });

  it('notifies everyone who wrote in a thread of a reply, once each, never the replier', async () => {
    const thread = await startThread(owner, 'Wie schrijft de samenvatting?');
    await reply(commenter, thread, 'Ik kan het doen.');
    await markAllRead(owner);
    await markAllRead(commenter);
    // The editor replies and mentions the commenter, who also wrote here: one notification.
    await reply(editor, thread, 'Graag, Cor!', [commenter.user.id]);
    const ownerFound = await list(owner);
    expect(ownerFound.unread).toBe(1);
    expect(kinds(ownerFound)[0]).toEqual(['reply', 'Eva']);
    const commenterFound = await list(commenter);
    expect(commenterFound.unread).toBe(1);
    expect(commenterFound.notifications[0]).toMatchObject({
      kind: 'mention',
      threadId: thread.id,
      excerpt: 'Graag, Cor!',
    });
    expect((await list(editor)).unread).toBe(0);
    expect((await list(reader)).unread).toBe(0);
  });

  it('lists newest first, honours the limit, and marks given ids or all read', async () => {
    await markAllRead(commenter);
    const first = await startThread(owner, 'Een');
    await reply(commenter, first, 'Twee');
    await reply(editor, first, 'Drie');
    await reply(owner, first, 'Vier');
    const found = await list(commenter);
    expect(found.unread).toBe(2);
    expect(found.notifications.slice(0, 2).map((each) => each.excerpt)).toEqual(['Vier', 'Drie']);
    expect((await list(commenter, '?limit=1')).notifications.map((each) => each.excerpt)).toEqual([
      'Vier',
    ]);
    const newest = found.notifications[0]!;
    const marked = await api(server, 'POST', '/api/me/notifications/read', {
      ...as(commenter),
      body: { ids: [newest.id, 'unknown-id'] },
    });
    expect(marked.status).toBe(204);
    const after = await list(commenter);
    expect(after.unread).toBe(1);
    expect(after.notifications[0]!.readAt).not.toBeNull();
    // Someone else's ids change nothing of theirs.
    await api(server, 'POST', '/api/me/notifications/read', {
      ...as(reader),
      body: { ids: [after.notifications[1]!.id] },
    });
    expect((await list(commenter)).unread).toBe(1);
    await markAllRead(commenter);
    expect((await list(commenter)).unread).toBe(0);
    for (const body of [{}, { ids: [] }, { all: false }, { ids: ['bad id!'] }]) {
      const refused = await api(server, 'POST', '/api/me/notifications/read', {
        ...as(commenter),
        body,
      });
      expect(refused.status).toBe(400);
    }
  });

  it('watches and unwatches a page; a new thread without mentions notifies its watchers', async () => {
    const path = `/api/documents/${pageId}/watch`;
    expect(await api(server, 'GET', path, as(reader))).toEqual({
      status: 200,
      body: { watching: false } satisfies WatchView,
    });
    expect(await api(server, 'PUT', path, as(reader))).toEqual({
      status: 200,
      body: { watching: true },
    });
    expect((await api(server, 'GET', path, as(reader))).body).toEqual({ watching: true });
    await api(server, 'PUT', path, as(editor));
    await markAllRead(reader);
    await markAllRead(editor);

    await startThread(editor, 'Nieuw punt voor de agenda');
    expect(kinds(await list(reader))).toContainEqual(['comment', 'Eva']);
    expect((await list(reader)).unread).toBe(1);
    // The watcher who wrote it hears nothing.
    expect((await list(editor)).unread).toBe(0);

    // With mentions, only those mentioned hear of it.
    await startThread(commenter, 'Olga, wat vind jij?', [owner.user.id]);
    expect((await list(reader)).unread).toBe(1);

    expect(await api(server, 'DELETE', path, as(reader))).toEqual({
      status: 200,
      body: { watching: false },
    });
    await startThread(editor, 'Nog een punt');
    expect((await list(reader)).unread).toBe(1);
  });

  it('watches a community: a new page there notifies its watchers, not its maker', async () => {
    const path = '/api/communities/test/watch';
    expect((await api(server, 'GET', path, as(reader))).body).toEqual({ watching: false });
    expect((await api(server, 'PUT', path, as(reader))).body).toEqual({ watching: true });
    await api(server, 'PUT', path, as(editor));
    await markAllRead(reader);
    await markAllRead(editor);
    const created = await createPage('Jaarplan', editor);
    const found = await list(reader);
    expect(found.unread).toBe(1);
    expect(found.notifications[0]).toMatchObject({
      kind: 'page_created',
      documentId: created,
      title: 'Jaarplan',
      actor: { name: 'Eva' },
    });
    expect((await list(editor)).unread).toBe(0);
    expect((await api(server, 'DELETE', path, as(reader))).body).toEqual({ watching: false });
    await createPage('Jaarplan 2', editor);
    expect((await list(reader)).unread).toBe(1);
    await api(server, 'DELETE', path, as(editor));
  });

  it('answers 404 to outsiders and 401 signed out on every route', async () => {
    for (const method of ['GET', 'PUT', 'DELETE']) {
      expect(
        (await api(server, method, `/api/documents/${pageId}/watch`, as(outsider))).status,
      ).toBe(404);
      expect((await api(server, method, '/api/communities/test/watch', as(outsider))).status).toBe(
        404,
      );
      expect((await api(server, method, `/api/documents/${pageId}/watch`)).status).toBe(401);
      expect((await api(server, method, '/api/communities/test/watch')).status).toBe(401);
    }
    expect((await api(server, 'GET', '/api/documents/no-such-page/watch', as(reader))).status).toBe(
      404,
    );
    expect((await api(server, 'GET', '/api/me/notifications')).status).toBe(401);
    expect(
      (await api(server, 'POST', '/api/me/notifications/read', { body: { all: true } })).status,
    ).toBe(401);
    expect((await api(server, 'GET', '/api/me/notification-settings')).status).toBe(401);
    expect(
      (await api(server, 'PUT', '/api/me/notification-settings', { body: { email: 'off' } }))
        .status,
    ).toBe(401);
    expect(
      (
        await api(server, 'POST', `/api/documents/${pageId}/mentions`, {
          body: { userIds: [reader.user.id] },
        })
      ).status,
    ).toBe(401);
  });

  it('lets page writers mention members; readers get 403, outsiders 404; others skipped', async () => {
    await markAllRead(reader);
    await markAllRead(commenter);
    const path = `/api/documents/${pageId}/mentions`;
    const mentioned = await api(server, 'POST', path, {
      ...as(editor),
      body: { userIds: [reader.user.id, outsider.user.id, 'no-such-user', editor.user.id] },
    });
    expect(mentioned.status).toBe(204);
    const found = await list(reader);
    expect(found.unread).toBe(1);
    expect(found.notifications[0]).toMatchObject({
      kind: 'mention',
      documentId: pageId,
      threadId: null,
      excerpt: '',
      actor: { name: 'Eva' },
    });
    // The non-member mentioned hears nothing, and neither does the mentioner.
    expect((await list(outsider)).notifications).toEqual([]);
    expect((await list(editor)).unread).toBe(0);

    const byReader = await api(server, 'POST', path, {
      ...as(reader),
      body: { userIds: [commenter.user.id] },
    });
    expect(byReader.status).toBe(403);
    const byCommenter = await api(server, 'POST', path, {
      ...as(commenter),
      body: { userIds: [reader.user.id] },
    });
    expect(byCommenter.status).toBe(403);
    const byOutsider = await api(server, 'POST', path, {
      ...as(outsider),
      body: { userIds: [reader.user.id] },
    });
    expect(byOutsider.status).toBe(404);
    expect((await list(reader)).unread).toBe(1);
    expect((await list(commenter)).unread).toBe(0);
    const empty = await api(server, 'POST', path, { ...as(editor), body: { userIds: [] } });
    expect(empty.status).toBe(400);
  });

  it('tells nothing about a restricted page to members who may not read it', async () => {
    const restricted = await createPage('Vertrouwelijk', owner);
    const access = await api(server, 'PUT', `/api/documents/${restricted}/access`, {
      ...as(owner),
      body: { restrictedTo: [editor.user.id] },
    });
    expect(access.status).toBe(200);
    await markAllRead(reader);
    await markAllRead(editor);
    // The reader cannot watch it either.
    expect(
      (await api(server, 'PUT', `/api/documents/${restricted}/watch`, as(reader))).status,
    ).toBe(404);
    await startThread(owner, 'Geheim overleg', [reader.user.id, editor.user.id], restricted);
    const mentioned = await api(server, 'POST', `/api/documents/${restricted}/mentions`, {
      ...as(owner),
      body: { userIds: [reader.user.id] },
    });
    expect(mentioned.status).toBe(204);
    expect((await list(reader)).unread).toBe(0);
    expect(JSON.stringify(await list(reader))).not.toContain('Vertrouwelijk');
    expect((await list(editor)).notifications[0]).toMatchObject({
      kind: 'mention',
      title: 'Vertrouwelijk',
    });

    // Once a page is restricted after the fact, its notifications disappear for the others.
    const open = await createPage('Later dicht', owner);
    await startThread(owner, 'Roos, kijk even', [reader.user.id], open);
    expect((await list(reader)).notifications[0]).toMatchObject({ documentId: open });
    await api(server, 'PUT', `/api/documents/${open}/access`, {
      ...as(owner),
      body: { restrictedTo: [editor.user.id] },
    });
    const after = await list(reader);
    expect(after.notifications.some((each) => each.documentId === open)).toBe(false);
    expect(after.unread).toBe(0);
  });

  it('notifies the asker of an answer to their community question', async () => {
    const asked = await api(server, 'POST', '/api/communities/test/questions', {
      ...as(commenter),
      body: { title: 'Wanneer is de ledenvergadering?', body: '' },
    });
    expect(asked.status).toBe(201);
    const question = asked.body as QuestionView;
    await markAllRead(commenter);
    const answered = await api(
      server,
      'POST',
      `/api/communities/test/questions/${question.id}/answers`,
      { ...as(editor), body: { body: 'Op 12 maart, in het dorpshuis.' } },
    );
    expect(answered.status).toBe(201);
    const found = await list(commenter);
    expect(found.unread).toBe(1);
    expect(found.notifications[0]).toMatchObject({
      kind: 'answer',
      actor: { name: 'Eva' },
      communitySlug: 'test',
      documentId: null,
      threadId: null,
      questionId: question.id,
      title: 'Wanneer is de ledenvergadering?',
      excerpt: 'Op 12 maart, in het dorpshuis.',
    });
    // Answering one's own question tells nobody.
    await api(server, 'POST', `/api/communities/test/questions/${question.id}/answers`, {
      ...as(commenter),
      body: { body: 'Dank je!' },
    });
    expect((await list(commenter)).unread).toBe(1);
  });

  it('round-trips the email setting and refuses unknown modes', async () => {
    for (const email of ['immediate', 'off', 'digest'] as const) {
      const put = await api(server, 'PUT', '/api/me/notification-settings', {
        ...as(reader),
        body: { email },
      });
      expect(put).toEqual({ status: 200, body: { email, mailAvailable: false } });
      expect((await api(server, 'GET', '/api/me/notification-settings', as(reader))).body).toEqual({
        email,
        mailAvailable: false,
      });
    }
    const bad = await api(server, 'PUT', '/api/me/notification-settings', {
      ...as(reader),
      body: { email: 'sometimes' },
    });
    expect(bad.status).toBe(400);
  });

  it('hides notifications of a community one left', async () => {
    const leaver = await createAccount(server, 'Lena');
    await addMember(server, 'test', leaver, 'commenter');
    const thread = await startThread(leaver, 'Ik ben er even');
    await reply(editor, thread, 'Welkom!');
    expect((await list(leaver)).unread).toBe(1);
    const removed = await api(server, 'DELETE', `/api/communities/test/members/${leaver.user.id}`, {
      ...as(owner),
    });
    expect(removed.status).toBe(204);
    expect(await list(leaver)).toEqual({ unread: 0, notifications: [] });
  });

  it('tells page watchers of content edits: one unread page_changed per page', async () => {
    const page = await createPage('Notulen', editor);
    await api(server, 'PUT', `/api/documents/${page}/watch`, as(reader));
    await api(server, 'PUT', `/api/documents/${page}/watch`, as(editor));
    await markAllRead(reader);
    await markAllRead(editor);
    const client = connectClient(server.collabUrl, page, new Y.Doc(), { token: editor.token });
    await client.synced();
    for (const word of ['Aanwezig: ', 'Olga, ', 'Eva.']) {
      client.doc.getText('body').insert(client.doc.getText('body').length, word);
    }
    await waitUntil(
      [client],
      () => client.isSaved(),
      () => 'saved',
    );
    client.destroy();
    await server.kring.flushDerived();
    const found = await list(reader);
    const changed = found.notifications.filter((each) => each.kind === 'page_changed');
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatchObject({
      documentId: page,
      title: 'Notulen',
      actor: { name: 'Eva' },
    });
    // Later edits add nothing while it is unread; the editor never hears of their own edits.
    server.kring.services.notifications.pageEdited(page, editor.user.id);
    await server.kring.flushDerived();
    expect(
      (await list(reader)).notifications.filter((each) => each.kind === 'page_changed'),
    ).toHaveLength(1);
    expect((await list(editor)).unread).toBe(0);
  });

  it('keeps notifications, read marks, watches and settings across a restart', async () => {
    await api(server, 'PUT', `/api/documents/${pageId}/watch`, as(reader));
    await api(server, 'PUT', '/api/communities/test/watch', as(reader));
    await api(server, 'PUT', '/api/me/notification-settings', {
      ...as(reader),
      body: { email: 'immediate' },
    });
    const before = await list(reader);
    await server.restart();
    expect(await list(reader)).toEqual(before);
    expect((await api(server, 'GET', `/api/documents/${pageId}/watch`, as(reader))).body).toEqual({
      watching: true,
    });
    expect((await api(server, 'GET', '/api/communities/test/watch', as(reader))).body).toEqual({
      watching: true,
    });
    expect((await api(server, 'GET', '/api/me/notification-settings', as(reader))).body).toEqual({
      email: 'immediate',
      mailAvailable: false,
    });
  });
});
