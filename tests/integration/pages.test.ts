import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { positionBetween, type ChangesView, type DocumentView, type TagCount } from '@kring/shared';
import { addMember, api, createAccount, type TestAccount } from '../support/accounts.js';
import { connectClient, waitUntil, type NodeClient } from '../support/nodeClient.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

describe('page tree, tags, trash, changes since the last visit and backlinks', () => {
  let server: TestServer;
  let editor: TestAccount;
  let reader: TestAccount;
  const clients: NodeClient[] = [];

  const as = (account: TestAccount) => ({
    get: (path: string) => api(server, 'GET', path, { token: account.token }),
    post: (path: string, body?: unknown) =>
      api(server, 'POST', path, { token: account.token, ...(body === undefined ? {} : { body }) }),
    patch: (path: string, body: unknown) =>
      api(server, 'PATCH', path, { token: account.token, body }),
    delete: (path: string) => api(server, 'DELETE', path, { token: account.token }),
  });
  const page = async (id: string, parentId: string | null = null) => {
    const created = await as(editor).post('/api/communities/test/documents', { id, parentId });
    expect(created.status).toBe(201);
    return created.body as DocumentView;
  };
  const list = async (account: TestAccount) =>
    (await as(account).get('/api/communities/test/documents')).body as DocumentView[];

  beforeEach(async () => {
    server = await startTestServer();
    editor = await createAccount(server, 'Eva');
    reader = await createAccount(server, 'Ruud');
    await addMember(server, 'test', editor, 'editor');
    await addMember(server, 'test', reader, 'reader');
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.dispose();
  });

  it('nests and orders pages, and refuses a move under the page itself', async () => {
    const root = await page('handbook');
    const first = await page('chapter-1', 'handbook');
    const second = await page('chapter-2', 'handbook');
    expect(root.parentId).toBeNull();
    expect(first.parentId).toBe('handbook');
    expect(first.position < second.position).toBe(true);

    const moved = await as(editor).patch('/api/documents/chapter-2', {
      position: positionBetween(null, first.position),
    });
    expect((moved.body as DocumentView).position < first.position).toBe(true);
    const cycle = await as(editor).patch('/api/documents/handbook', { parentId: 'chapter-1' });
    expect(cycle).toMatchObject({ status: 400, body: { error: { code: 'invalid_request' } } });
    const top = await as(editor).patch('/api/documents/chapter-1', { parentId: null });
    expect((top.body as DocumentView).parentId).toBeNull();
    expect(
      (await as(reader).patch('/api/documents/chapter-1', { parentId: 'handbook' })).status,
    ).toBe(403);
  });

  it('tags pages and counts tags over readable pages only', async () => {
    await page('a');
    await page('b');
    await page('secret');
    await as(editor).patch('/api/documents/a', { tags: ['Privacy', 'pet'] });
    await as(editor).patch('/api/documents/b', { tags: ['privacy'] });
    await as(editor).patch('/api/documents/secret', { tags: ['privacy', 'hidden'] });
    await api(server, 'PUT', '/api/documents/secret/access', {
      token: editor.token,
      body: { restrictedTo: [editor.user.id] },
    });
    const tags = (await as(reader).get('/api/communities/test/tags')).body as TagCount[];
    expect(tags).toEqual([
      { tag: 'privacy', count: 2 },
      { tag: 'pet', count: 1 },
    ]);
    expect((await as(editor).patch('/api/documents/a', { tags: ['<script>'] })).status).toBe(400);
  });

  it('moves a page with its sub-pages to the trash and restores them together', async () => {
    await page('parent');
    await page('child', 'parent');
    await page('other');
    expect((await as(reader).delete('/api/documents/parent')).status).toBe(403);
    expect((await as(editor).delete('/api/documents/parent')).status).toBe(204);
    expect((await list(editor)).map((d) => d.id)).toEqual(['other']);
    const trash = (await as(editor).get('/api/communities/test/trash')).body as DocumentView[];
    expect(trash.map((d) => d.id).sort()).toEqual(['child', 'parent']);
    expect((await as(reader).get('/api/communities/test/trash')).body).toEqual([]);
    expect((await as(editor).post('/api/documents/parent/restore')).status).toBe(200);
    expect((await list(editor)).map((d) => d.id).sort()).toEqual(['child', 'other', 'parent']);
  });

  it('purges pages that stayed in the trash longer than the retention period', async () => {
    await page('old');
    const writer = connectClient(server.collabUrl, 'old', new Y.Doc(), { token: editor.token });
    clients.push(writer);
    writer.doc.getText('title').insert(0, 'Old notes');
    await waitUntil(
      [writer],
      () => writer.isSaved(),
      () => 'saved',
    );
    writer.destroy();
    await as(editor).delete('/api/documents/old');
    expect(await server.kring.services.trash.purge(30)).toBe(0);
    expect(await server.kring.services.trash.purge(-1)).toBe(1);
    expect((await as(editor).get('/api/communities/test/trash')).body).toEqual([]);
    // The id is free again, and nothing of the old content comes back with it.
    await page('old');
    const fresh = connectClient(server.collabUrl, 'old', new Y.Doc(), { token: editor.token });
    clients.push(fresh);
    await fresh.synced();
    expect(fresh.doc.getText('title').toString()).toBe('');
  });

  it('lists what changed since the last visit, and by whom', async () => {
    await page('notes');
    await as(reader).post('/api/communities/test/visit');
    expect(
      ((await as(reader).get('/api/communities/test/changes')).body as ChangesView).documents,
    ).toEqual([]);
    const writer = connectClient(server.collabUrl, 'notes', new Y.Doc(), { token: editor.token });
    clients.push(writer);
    writer.doc.getText('title').insert(0, 'Meeting notes');
    await waitUntil(
      [writer],
      () => writer.isSaved(),
      () => 'saved',
    );
    await server.kring.flushDerived();
    expect(
      ((await as(reader).get('/api/communities/test/changes')).body as ChangesView).documents,
    ).toMatchObject([{ id: 'notes', title: 'Meeting notes', updatedBy: { name: 'Eva' } }]);
  });

  it('lists backlinks, only from pages the caller may read', async () => {
    await page('target');
    await page('open-source');
    await page('closed-source');
    await api(server, 'PUT', '/api/documents/closed-source/access', {
      token: editor.token,
      body: { restrictedTo: [editor.user.id] },
    });
    for (const source of ['open-source', 'closed-source']) {
      const writer = connectClient(server.collabUrl, source, new Y.Doc(), { token: editor.token });
      clients.push(writer);
      const paragraph = new Y.XmlElement('paragraph');
      const text = new Y.XmlText();
      paragraph.insert(0, [text]);
      writer.doc.getXmlFragment('default').insert(0, [paragraph]);
      text.insert(0, 'see the target', { link: { href: '/d/target' } });
      await waitUntil(
        [writer],
        () => writer.isSaved(),
        () => 'saved',
      );
    }
    const backlinks = async (account: TestAccount) =>
      ((await as(account).get('/api/documents/target/backlinks')).body as DocumentView[]).map(
        (d) => d.id,
      );
    await server.kring.flushDerived();
    expect(await backlinks(editor)).toEqual(['closed-source', 'open-source']);
    expect(await backlinks(reader)).toEqual(['open-source']);
  });
});
