import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentView, SearchResultsView } from '@kring/shared';
import { readLocalAdminToken } from '../../server/src/auth/localAdminToken.js';
import { addMember, api, createAccount, type TestAccount } from '../support/accounts.js';
import { connectClient, waitUntil, type NodeClient } from '../support/nodeClient.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

/**
 * Derived state (titles, links, search) follows edits after a debounce; `flushDerived` and
 * `POST /api/admin/flush` let tests and operators wait for it instead of guessing how long.
 */
describe('flushing derived work', () => {
  let server: TestServer;
  let editor: TestAccount;
  const clients: NodeClient[] = [];

  const writeTitleAndLink = async (id: string, title: string) => {
    await api(server, 'POST', '/api/communities/test/documents', {
      token: editor.token,
      body: { id },
    });
    const client = connectClient(server.collabUrl, id, new Y.Doc(), { token: editor.token });
    clients.push(client);
    await client.synced();
    client.doc.getText('title').insert(0, title);
    const paragraph = new Y.XmlElement('paragraph');
    const text = new Y.XmlText();
    paragraph.insert(0, [text]);
    client.doc.getXmlFragment('default').push([paragraph]);
    text.insert(0, 'zie de bron', { link: { href: '/d/bron' } });
    await waitUntil(
      [client],
      () => client.isSaved(),
      () => `${id} saved`,
    );
  };
  const titleOf = async (id: string) =>
    (
      (await api(server, 'GET', '/api/communities/test/documents', { token: editor.token }))
        .body as DocumentView[]
    ).find((document) => document.id === id)?.title;
  const searchTotal = async (q: string) =>
    (
      (await api(server, 'GET', `/api/search?q=${q}`, { token: editor.token }))
        .body as SearchResultsView
    ).total;

  beforeEach(async () => {
    server = await startTestServer();
    editor = await createAccount(server, 'Eva');
    await addMember(server, 'test', editor, 'editor');
    await api(server, 'POST', '/api/communities/test/documents', {
      token: editor.token,
      body: { id: 'bron' },
    });
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.dispose();
  });

  it('shows a saved title, its links and its search entry right after flushDerived', async () => {
    await writeTitleAndLink('notities', 'Kwantumsleutels');
    await server.kring.flushDerived();
    expect(await titleOf('notities')).toBe('Kwantumsleutels');
    expect(await searchTotal('kwantumsleutels')).toBe(1);
    const backlinks = (
      await api(server, 'GET', '/api/documents/bron/backlinks', { token: editor.token })
    ).body as DocumentView[];
    expect(backlinks.map((document) => document.id)).toEqual(['notities']);
  });

  it('flushes over HTTP for the local admin only', async () => {
    await writeTitleAndLink('notities', 'Kwantumsleutels');
    const flush = (token: string) =>
      fetch(`${server.kring.url}/api/admin/flush`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
      });
    expect((await flush('guessed')).status).toBe(403);
    expect((await flush(server.credentials.token)).status).toBe(403);
    expect((await flush(await readLocalAdminToken(server.config.dataDir))).status).toBe(204);
    expect(await titleOf('notities')).toBe('Kwantumsleutels');
    expect(await searchTotal('kwantumsleutels')).toBe(1);
  });

  it('tells open connections when the metadata changed, and then serves the fresh values', async () => {
    const reader = await createAccount(server, 'Ruud');
    await addMember(server, 'test', reader, 'reader');
    await writeTitleAndLink('notities', 'Eerste titel');
    await server.kring.flushDerived();
    const watcher = connectClient(server.collabUrl, 'notities', new Y.Doc(), {
      token: reader.token,
    });
    clients.push(watcher);
    await watcher.synced();
    const writer = clients[0]!;
    const title = writer.doc.getText('title');
    title.delete(0, title.length);
    title.insert(0, 'Nieuwe titel');
    await waitUntil(
      [writer],
      () => writer.isSaved(),
      () => 'new title saved',
    );
    await waitUntil(
      [watcher],
      () => watcher.metadataChanges > 0,
      () => 'no metadata-changed message',
    );
    const view = (await api(server, 'GET', '/api/documents/notities', { token: reader.token }))
      .body as DocumentView;
    expect(view).toMatchObject({ title: 'Nieuwe titel', updatedBy: { name: 'Eva' } });
  });
});
