import WebSocket from 'ws';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACCESS_READ,
  COMMENT_LIMITS,
  MESSAGE_ACCESS,
  MESSAGE_COMMENTS_CHANGED,
  type CommentThreadView,
  type CommentThreadsView,
  type DocumentView,
} from '@kring/shared';
import { addMember, api, createAccount, type TestAccount } from '../support/accounts.js';
import { startTestServer, type TestServer } from '../support/testServer.js';
import { SYSTEM_CALLER } from '../../server/src/auth/Caller.js';

/** An anchor as the editor makes one: Yjs relative positions, base64. */
function anchorIn(text: string, from: number, to: number) {
  const doc = new Y.Doc();
  const type = doc.getText('t');
  type.insert(0, text);
  const encode = (index: number) =>
    Buffer.from(
      Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(type, index)),
    ).toString('base64');
  return { start: encode(from), end: encode(to) };
}

/**
 * A bare collaboration socket and the frames it received (told apart by their first byte: every
 * type here is < 128). Listens from the start: the server speaks first.
 */
function connect(url: string, token: string) {
  const socket = new WebSocket(url, { headers: { authorization: `Bearer ${token}` } });
  const received: Uint8Array[] = [];
  const waiters: { check: (frame: Uint8Array) => boolean; resolve: () => void }[] = [];
  socket.on('message', (data: Buffer) => {
    const frame = new Uint8Array(data);
    received.push(frame);
    for (const waiter of [...waiters]) {
      if (waiter.check(frame)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  });
  return {
    socket,
    received,
    /** Resolves once a frame satisfying `check` arrived (or had arrived). */
    next(check: (frame: Uint8Array) => boolean, timeoutMs = 10_000): Promise<void> {
      if (received.some(check)) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no such frame')), timeoutMs);
        waiters.push({
          check,
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
        });
      });
    },
  };
}

/**
 * Comment threads on pages (`/api/documents/:id/comments`): who may read, start, reply, resolve,
 * react, edit and delete; what is refused; that threads last and go with the page; and that open
 * connections hear about changes.
 */
describe('comment threads API', () => {
  let server: TestServer;
  let owner: TestAccount;
  let editor: TestAccount;
  let otherEditor: TestAccount;
  let commenter: TestAccount;
  let reader: TestAccount;
  let outsider: TestAccount;
  let pageId: string;
  let thread: CommentThreadView;

  const as = (account: TestAccount) => ({ token: account.token });
  const admin = () => ({ token: server.credentials.token });
  const path = (id = pageId) => `/api/documents/${id}/comments`;
  const threadPath = (threadId = thread.id) => `${path()}/${threadId}`;
  const commentPath = (commentId: string, threadId = thread.id) =>
    `${threadPath(threadId)}/comments/${commentId}`;
  const reactionPath = (commentId: string, reaction: string, threadId = thread.id) =>
    `${commentPath(commentId, threadId)}/reactions/${encodeURIComponent(reaction)}`;

  const createPage = async (title: string) => {
    const created = await api(server, 'POST', '/api/communities/test/documents', {
      ...admin(),
      body: { title },
    });
    expect(created.status).toBe(201);
    return (created.body as DocumentView).id;
  };
  const list = async (account: TestAccount | null, id = pageId) => {
    const answer = await api(server, 'GET', path(id), account === null ? admin() : as(account));
    expect(answer.status).toBe(200);
    return answer.body as CommentThreadsView;
  };
  const startThread = async (account: TestAccount, body: string, id = pageId) => {
    const created = await api(server, 'POST', path(id), { ...as(account), body: { body } });
    expect(created.status).toBe(201);
    return created.body as CommentThreadView;
  };

  beforeAll(async () => {
    server = await startTestServer();
    [owner, editor, otherEditor, commenter, reader, outsider] = await Promise.all([
      createAccount(server, 'Olga'),
      createAccount(server, 'Eva'),
      createAccount(server, 'Erik'),
      createAccount(server, 'Cor'),
      createAccount(server, 'Roos'),
      createAccount(server, 'Otto'),
    ]);
    await addMember(server, 'test', owner, 'owner');
    await addMember(server, 'test', editor, 'editor');
    await addMember(server, 'test', otherEditor, 'editor');
    await addMember(server, 'test', commenter, 'commenter');
    await addMember(server, 'test', reader, 'reader');
    pageId = await createPage('Besluitvorming');
  });
  afterAll(async () => {
    await server?.dispose();
  });

  it('lets an editor start a thread on a range and a commenter reply; every member reads it', async () => {
    const anchor = anchorIn('Het besluit valt in maart.', 4, 11);
    const created = await api(server, 'POST', path(), {
      ...as(editor),
      body: { anchor, quote: ' besluit ', body: '  Wie neemt dit besluit?  ' },
    });
    expect(created.status).toBe(201);
    thread = created.body as CommentThreadView;
    expect(thread).toMatchObject({
      documentId: pageId,
      anchor,
      quote: 'besluit',
      resolvedAt: null,
      resolvedBy: null,
      comments: [
        {
          author: { id: editor.user.id, name: 'Eva' },
          body: 'Wie neemt dit besluit?',
          editedAt: null,
          deleted: false,
          reactions: [],
          mine: true,
        },
      ],
    });
    expect(thread.id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);

    const replied = await api(server, 'POST', `${threadPath()}/replies`, {
      ...as(commenter),
      body: { body: 'De stuurgroep.' },
    });
    expect(replied.status).toBe(201);
    thread = replied.body as CommentThreadView;
    expect(thread.comments.map((each) => [each.author?.name, each.body, each.mine])).toEqual([
      ['Eva', 'Wie neemt dit besluit?', false],
      ['Cor', 'De stuurgroep.', true],
    ]);

    // A thread on the page as a whole.
    const general = await startThread(commenter, 'Mooi stuk.');
    expect(general).toMatchObject({ anchor: null, quote: '' });

    const seen = await list(reader);
    expect(seen.canComment).toBe(false);
    expect(seen.threads.map((each) => each.id)).toEqual([thread.id, general.id]);
    expect(seen.threads[0]!.comments.every((each) => !each.mine)).toBe(true);
    expect((await list(commenter)).canComment).toBe(true);
    expect((await list(editor)).canComment).toBe(true);
  });

  it('gives a commenter a read-only collaboration connection', async () => {
    const received = connect(`${server.collabUrl}/${pageId}`, commenter.token);
    try {
      await received.next((frame) => frame[0] === MESSAGE_ACCESS);
      const access = received.received.find((frame) => frame[0] === MESSAGE_ACCESS)!;
      expect(access[1]).toBe(ACCESS_READ);
    } finally {
      received.socket.close();
    }
  });

  it('lets readers read but not take part', async () => {
    const commentId = thread.comments[0]!.id;
    const attempts = [
      await api(server, 'POST', path(), { ...as(reader), body: { body: 'Ik ook.' } }),
      await api(server, 'POST', `${threadPath()}/replies`, {
        ...as(reader),
        body: { body: 'Ik ook.' },
      }),
      await api(server, 'PATCH', threadPath(), { ...as(reader), body: { resolved: true } }),
      await api(server, 'PUT', reactionPath(commentId, '👍'), as(reader)),
      await api(server, 'DELETE', reactionPath(commentId, '👍'), as(reader)),
      await api(server, 'PATCH', commentPath(commentId), { ...as(reader), body: { body: 'x' } }),
      await api(server, 'DELETE', commentPath(commentId), as(reader)),
    ];
    expect(attempts.map((each) => each.status)).toEqual([403, 403, 403, 403, 403, 403, 403]);
    // Permission comes before validation: an invalid body is refused the same way.
    expect((await api(server, 'POST', path(), { ...as(reader), body: {} })).status).toBe(403);
  });

  it('answers 404 to people outside the community, for everything', async () => {
    const commentId = thread.comments[0]!.id;
    const attempts = [
      await api(server, 'GET', path(), as(outsider)),
      await api(server, 'POST', path(), { ...as(outsider), body: { body: 'Hallo' } }),
      await api(server, 'POST', path(), { ...as(outsider), body: {} }),
      await api(server, 'POST', `${threadPath()}/replies`, {
        ...as(outsider),
        body: { body: 'Hallo' },
      }),
      await api(server, 'PATCH', threadPath(), { ...as(outsider), body: { resolved: true } }),
      await api(server, 'PATCH', commentPath(commentId), { ...as(outsider), body: { body: 'x' } }),
      await api(server, 'DELETE', commentPath(commentId), as(outsider)),
      await api(server, 'PUT', reactionPath(commentId, '👍'), as(outsider)),
      await api(server, 'DELETE', reactionPath(commentId, '👍'), as(outsider)),
      await api(server, 'GET', path('no-such-page'), as(editor)),
    ];
    expect(attempts.map((each) => each.status)).toEqual(Array(attempts.length).fill(404));
    expect((await api(server, 'GET', path())).status).toBe(401);
  });

  it('hides the threads of a restricted page from members it does not name', async () => {
    const restricted = await createPage('Vertrouwelijk');
    const access = await api(server, 'PUT', `/api/documents/${restricted}/access`, {
      ...admin(),
      body: { restrictedTo: [editor.user.id] },
    });
    expect(access.status).toBe(200);
    const secret = await startThread(editor, 'Alleen voor ons.', restricted);
    expect((await list(editor, restricted)).threads.map((each) => each.id)).toEqual([secret.id]);
    expect((await list(owner, restricted)).threads).toHaveLength(1);
    for (const account of [commenter, reader, otherEditor]) {
      expect((await api(server, 'GET', path(restricted), as(account))).status).toBe(404);
      const reply = await api(server, 'POST', `${path(restricted)}/${secret.id}/replies`, {
        ...as(account),
        body: { body: 'Mag ik meelezen?' },
      });
      expect(reply.status).toBe(404);
    }
    // A thread id of one page means nothing on another.
    const elsewhere = await api(server, 'POST', `${path()}/${secret.id}/replies`, {
      ...as(editor),
      body: { body: 'Verkeerde pagina' },
    });
    expect(elsewhere.status).toBe(404);
  });

  it('lets only its author edit a comment', async () => {
    const commentId = thread.comments[0]!.id;
    const edited = await api(server, 'PATCH', commentPath(commentId), {
      ...as(editor),
      body: { body: 'Wie neemt dit besluit, en wanneer?' },
    });
    expect(edited.status).toBe(200);
    const comment = (edited.body as CommentThreadView).comments[0]!;
    expect(comment).toMatchObject({ body: 'Wie neemt dit besluit, en wanneer?', mine: true });
    expect(comment.editedAt).not.toBeNull();
    for (const other of [as(otherEditor), as(owner), as(commenter), admin()]) {
      const refused = await api(server, 'PATCH', commentPath(commentId), {
        ...other,
        body: { body: 'Overgenomen' },
      });
      expect(refused.status).toBe(403);
    }
    const unknown = await api(server, 'PATCH', commentPath('nope'), {
      ...as(editor),
      body: { body: 'x' },
    });
    expect(unknown.status).toBe(404);
    expect((await list(reader)).threads[0]!.comments[0]!.body).toBe(
      'Wie neemt dit besluit, en wanneer?',
    );
  });

  it('resolves and reopens a thread; a reply keeps it resolved', async () => {
    const resolved = await api(server, 'PATCH', threadPath(), {
      ...as(commenter),
      body: { resolved: true },
    });
    expect(resolved.status).toBe(200);
    expect(resolved.body).toMatchObject({ resolvedBy: { id: commenter.user.id, name: 'Cor' } });
    expect((resolved.body as CommentThreadView).resolvedAt).not.toBeNull();
    const reply = await api(server, 'POST', `${threadPath()}/replies`, {
      ...as(otherEditor),
      body: { body: 'Nog één vraag.' },
    });
    expect(reply.status).toBe(201);
    expect((reply.body as CommentThreadView).resolvedAt).not.toBeNull();
    const reopened = await api(server, 'PATCH', threadPath(), {
      ...as(editor),
      body: { resolved: false },
    });
    expect(reopened.status).toBe(200);
    expect(reopened.body).toMatchObject({ resolvedAt: null, resolvedBy: null });
    thread = reopened.body as CommentThreadView;
    expect(thread.comments).toHaveLength(3);
  });

  it('adds and takes back reactions, once per person, in the fixed order', async () => {
    const commentId = thread.comments[0]!.id;
    const react = async (account: TestAccount, method: 'PUT' | 'DELETE', reaction: string) => {
      const answer = await api(server, method, reactionPath(commentId, reaction), as(account));
      expect(answer.status).toBe(200);
      return (answer.body as CommentThreadView).comments[0]!.reactions;
    };
    await react(commenter, 'PUT', '❤️');
    await react(commenter, 'PUT', '👍');
    expect(await react(commenter, 'PUT', '👍')).toEqual([
      { reaction: '👍', userIds: [commenter.user.id] },
      { reaction: '❤️', userIds: [commenter.user.id] },
    ]);
    expect(await react(otherEditor, 'PUT', '👍')).toEqual([
      { reaction: '👍', userIds: [commenter.user.id, otherEditor.user.id] },
      { reaction: '❤️', userIds: [commenter.user.id] },
    ]);
    await react(commenter, 'DELETE', '❤️');
    expect(await react(commenter, 'DELETE', '❤️')).toEqual([
      { reaction: '👍', userIds: [commenter.user.id, otherEditor.user.id] },
    ]);
    // Taking back a reaction never given changes nothing.
    expect(await react(editor, 'DELETE', '🎉')).toHaveLength(1);
    const seen = (await list(reader)).threads[0]!.comments[0]!.reactions;
    expect(seen).toEqual([{ reaction: '👍', userIds: [commenter.user.id, otherEditor.user.id] }]);
  });

  it('refuses invalid requests with 400', async () => {
    const commentId = thread.comments[0]!.id;
    const bad = [
      await api(server, 'POST', path(), { ...as(editor), body: { body: '' } }),
      await api(server, 'POST', path(), { ...as(editor), body: { body: '   ' } }),
      await api(server, 'POST', path(), { ...as(editor), body: {} }),
      await api(server, 'POST', path(), {
        ...as(editor),
        body: { body: 'x'.repeat(COMMENT_LIMITS.body + 1) },
      }),
      await api(server, 'POST', path(), {
        ...as(editor),
        body: { body: 'Hier', anchor: { start: 'geen base64!', end: 'AAAA' } },
      }),
      await api(server, 'POST', path(), {
        ...as(editor),
        body: { body: 'Hier', anchor: { start: 'AAAA' } },
      }),
      await api(server, 'POST', `${threadPath()}/replies`, { ...as(editor), body: { body: '' } }),
      await api(server, 'PATCH', threadPath(), { ...as(editor), body: { resolved: 'yes' } }),
      await api(server, 'PATCH', commentPath(commentId), { ...as(editor), body: { body: ' ' } }),
      await api(server, 'PUT', reactionPath(commentId, '💩'), as(editor)),
      await api(server, 'PUT', reactionPath(commentId, 'thumbs'), as(editor)),
      await api(server, 'POST', `${path()}/bad!id/replies`, { ...as(editor), body: { body: 'x' } }),
    ];
    expect(bad.map((each) => each.status)).toEqual(Array(bad.length).fill(400));
    expect(bad[0]!.body).toMatchObject({ error: { code: 'invalid_request' } });
  });

  it('lets the owner delete a comment (moderation); it keeps its place', async () => {
    const [first, second, third] = thread.comments;
    expect((await api(server, 'DELETE', commentPath(first!.id), as(otherEditor))).status).toBe(403);
    const deleted = await api(server, 'DELETE', commentPath(first!.id), as(owner));
    expect(deleted.status).toBe(200);
    const comments = (deleted.body as CommentThreadView).comments;
    expect(comments.map((each) => each.id)).toEqual([first!.id, second!.id, third!.id]);
    expect(comments[0]).toMatchObject({
      body: '',
      deleted: true,
      reactions: [],
      author: { id: editor.user.id },
    });
    const fromEditor = (await list(editor)).threads[0]!.comments[0]!;
    expect(fromEditor).toMatchObject({ body: '', deleted: true, mine: true });
    // Deleted: no longer changed or reacted to.
    const edit = await api(server, 'PATCH', commentPath(first!.id), {
      ...as(editor),
      body: { body: 'Terug' },
    });
    expect(edit.status).toBe(409);
    expect((await api(server, 'PUT', reactionPath(first!.id, '👍'), as(reader))).status).toBe(403);
    expect((await api(server, 'PUT', reactionPath(first!.id, '👍'), as(editor))).status).toBe(409);
    thread = deleted.body as CommentThreadView;
  });

  it('removes a thread once every comment of it is deleted', async () => {
    const [, second, third] = thread.comments;
    const byAuthor = await api(server, 'DELETE', commentPath(second!.id), as(commenter));
    expect(byAuthor.status).toBe(200);
    const last = await api(server, 'DELETE', commentPath(third!.id), as(otherEditor));
    expect(last.status).toBe(204);
    const left = (await list(editor)).threads;
    expect(left.map((each) => each.id)).not.toContain(thread.id);
    expect(left).toHaveLength(1);
    expect((await api(server, 'GET', path(), as(editor))).status).toBe(200);
    const gone = await api(server, 'POST', `${threadPath()}/replies`, {
      ...as(editor),
      body: { body: 'Nog iets' },
    });
    expect(gone.status).toBe(404);
  });

  it('keeps at most COMMENT_LIMITS.commentsPerThread comments in a thread', async () => {
    const page = await createPage('Drukke draad');
    const busy = await startThread(editor, 'Begin', page);
    for (let sent = 1; sent < COMMENT_LIMITS.commentsPerThread; sent += 20) {
      const batch = Array.from(
        { length: Math.min(20, COMMENT_LIMITS.commentsPerThread - sent) },
        (_, index) =>
          api(server, 'POST', `${path(page)}/${busy.id}/replies`, {
            ...as(commenter),
            body: { body: `Reactie ${sent + index}` },
          }),
      );
      expect((await Promise.all(batch)).every((each) => each.status === 201)).toBe(true);
    }
    const over = await api(server, 'POST', `${path(page)}/${busy.id}/replies`, {
      ...as(commenter),
      body: { body: 'Eén te veel' },
    });
    expect(over.status).toBe(409);
    const threads = (await list(reader, page)).threads;
    expect(threads[0]!.comments).toHaveLength(COMMENT_LIMITS.commentsPerThread);
  });

  it('keeps at most COMMENT_LIMITS.threadsPerDocument threads on a page', async () => {
    const page = await createPage('Veel draden');
    const { comments } = server.kring.services;
    // Most of them through the service (the HTTP route is the same code), the last over HTTP.
    for (let made = 0; made < COMMENT_LIMITS.threadsPerDocument; made += 50) {
      await Promise.all(
        Array.from({ length: 50 }, (_, index) =>
          comments.create(SYSTEM_CALLER, page, {
            anchor: null,
            quote: '',
            body: `Draad ${made + index}`,
          }),
        ),
      );
    }
    const over = await api(server, 'POST', path(page), {
      ...as(editor),
      body: { body: 'Nog één' },
    });
    expect(over.status).toBe(409);
  });

  it('tells open connections of the page when its threads changed', async () => {
    const received = connect(`${server.collabUrl}/${pageId}`, reader.token);
    try {
      // Joined once the server told this connection what it may do.
      await received.next((frame) => frame[0] === MESSAGE_ACCESS);
      expect(received.received.some((frame) => frame[0] === MESSAGE_COMMENTS_CHANGED)).toBe(false);
      const [general] = (await list(reader)).threads;
      const reply = await api(server, 'POST', `${path()}/${general!.id}/replies`, {
        ...as(commenter),
        body: { body: 'Eens.' },
      });
      expect(reply.status).toBe(201);
      await received.next((frame) => frame[0] === MESSAGE_COMMENTS_CHANGED && frame.length === 1);
    } finally {
      received.socket.close();
    }
  });

  it('keeps threads across a restart', async () => {
    const before = await list(editor);
    expect(before.threads.length).toBeGreaterThan(0);
    await server.restart();
    expect(await list(editor)).toEqual(before);
  });

  it('forgets a page’s threads when the page is purged', async () => {
    const page = await createPage('Weg ermee');
    await startThread(editor, 'Tijdelijk', page);
    const { meta } = server.kring.services;
    expect(await meta.keys('comments', `${page}!`)).toHaveLength(1);
    expect((await api(server, 'DELETE', `/api/documents/${page}`, admin())).status).toBe(204);
    // In the trash: the page and its threads are out of reach.
    expect((await api(server, 'GET', path(page), as(editor))).status).toBe(404);
    expect(await server.kring.services.trash.purge(-1)).toBeGreaterThanOrEqual(1);
    expect(await meta.keys('comments', `${page}!`)).toEqual([]);
    // Other pages keep theirs.
    expect((await list(editor)).threads.length).toBeGreaterThan(0);
  });
});
