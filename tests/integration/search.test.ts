import { access } from 'node:fs/promises';
import { join } from 'node:path';
import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SearchResultsView } from '@kring/shared';
import { addMember, api, createAccount, type TestAccount } from '../support/accounts.js';
import { connectClient, waitUntil, type NodeClient } from '../support/nodeClient.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

/** Writes a title and one paragraph into a document, and waits until it is saved. */
async function write(
  server: TestServer,
  account: TestAccount,
  id: string,
  title: string,
  body: string,
) {
  const client = connectClient(server.collabUrl, id, new Y.Doc(), { token: account.token });
  await client.synced();
  client.doc.getText('title').insert(0, title);
  const paragraph = new Y.XmlElement('paragraph');
  const text = new Y.XmlText();
  paragraph.insert(0, [text]);
  client.doc.getXmlFragment('default').push([paragraph]);
  text.insert(0, body);
  await waitUntil(
    [client],
    () => client.isSaved(),
    () => `${id} saved`,
  );
  return client;
}

describe('search over the API', () => {
  let server: TestServer;
  let editor: TestAccount;
  let reader: TestAccount;
  const clients: NodeClient[] = [];
  const search = async (account: TestAccount, query: string) =>
    (await api(server, 'GET', `/api/search?${query}`, { token: account.token }))
      .body as SearchResultsView;
  const found = async (account: TestAccount, query: string) =>
    (await search(account, query)).hits.map((hit) => hit.documentId).sort();

  beforeEach(async () => {
    server = await startTestServer();
    editor = await createAccount(server, 'Eva');
    reader = await createAccount(server, 'Ruud');
    await addMember(server, 'test', editor, 'owner');
    await addMember(server, 'test', reader, 'reader');
    await api(server, 'POST', '/api/communities', {
      token: server.credentials.token,
      body: { slug: 'other', name: 'Other' },
    });
    for (const [slug, id] of [
      ['test', 'open'],
      ['test', 'secret'],
      ['other', 'elsewhere'],
    ] as const) {
      await api(server, 'POST', `/api/communities/${slug}/documents`, {
        token: server.credentials.token,
        body: { id },
      });
    }
    await api(server, 'PUT', '/api/documents/secret/access', {
      token: editor.token,
      body: { restrictedTo: [editor.user.id] },
    });
    clients.push(
      await write(
        server,
        editor,
        'open',
        'Samenwerking tussen gemeenten',
        'Goede ideeën over samenwerking en privacy.',
      ),
      await write(
        server,
        editor,
        'secret',
        'Geheime samenwerking',
        'Vertrouwelijke afspraken over samenwerking.',
      ),
      await write(
        server,
        adminOf(server),
        'elsewhere',
        'Samenwerking elders',
        'Samenwerking in een andere community.',
      ),
    );
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.dispose();
  });

  it('finds edited text within seconds, with stemming, diacritics and a highlighted snippet', async () => {
    await server.kring.flushDerived();
    expect(await found(editor, 'q=samenwerken')).toEqual(['open', 'secret']);
    const results = await search(editor, 'q=ideeen');
    expect(results.hits.map((hit) => hit.documentId)).toEqual(['open']);
    const [hit] = results.hits;
    const [start, end] = hit!.snippet.highlights[0]!;
    expect(hit!.snippet.text.slice(start, end)).toBe('ideeën');
    expect(hit).toMatchObject({ communitySlug: 'test', title: 'Samenwerking tussen gemeenten' });
  });

  it('finds imported pages and new titled pages before anyone opens them', async () => {
    const imported = await fetch(`${server.kring.url}/api/communities/test/import?name=Notes.md`, {
      method: 'POST',
      headers: { authorization: `Bearer ${editor.token}`, 'content-type': 'text/markdown' },
      body: '# Kwantumsleutels\n\nAfspraken over kwantumveilige versleuteling.\n',
    });
    expect(imported.status).toBe(201);
    const [page] = (await imported.json()) as [{ id: string }];
    await api(server, 'POST', '/api/communities/test/documents', {
      token: editor.token,
      body: { id: 'titled', title: 'Robotica-netwerk' },
    });
    await server.kring.flushDerived();
    expect(await found(editor, 'q=versleuteling')).toEqual([page.id]);
    expect(await found(editor, 'q=robotica')).toEqual(['titled']);
  });

  it('never shows titles, snippets or counts of documents the caller may not read', async () => {
    await server.kring.flushDerived();
    expect(await found(editor, 'q=samenwerking')).toEqual(['open', 'secret']);
    const results = await search(reader, 'q=samenwerking');
    expect(results.total).toBe(1);
    expect(results.hits.map((hit) => hit.documentId)).toEqual(['open']);
    expect(JSON.stringify(results)).not.toMatch(/Geheime|Vertrouwelijke|elders/);
    expect(await found(reader, 'q=vertrouwelijke')).toEqual([]);
    expect(
      (await api(server, 'GET', '/api/search?q=x&community=other', { token: reader.token })).status,
    ).toBe(404);
    expect(await found(adminOf(server), 'q=samenwerking')).toEqual(['elsewhere', 'open', 'secret']);
  });

  it('filters by community and tag, and keeps the index across a restart', async () => {
    await server.kring.flushDerived();
    expect(await found(editor, 'q=samenwerking')).toEqual(['open', 'secret']);
    await api(server, 'PATCH', '/api/documents/open', {
      token: editor.token,
      body: { tags: ['privacy'] },
    });
    expect(await found(editor, 'q=samenwerking&tag=privacy')).toEqual(['open']);
    expect(await found(adminOf(server), 'q=samenwerking&community=other')).toEqual(['elsewhere']);

    for (const client of clients.splice(0)) client.destroy();
    await server.restart();
    await access(join(server.config.dataDir, 'search', 'index.json'));
    expect(await found(editor, 'q=samenwerking')).toEqual(['open', 'secret']);
  });
});

/** The seeded instance admin, as an account for `write` and `found`. */
function adminOf(server: TestServer): TestAccount {
  return { token: server.credentials.token, user: { id: 'admin' } as TestAccount['user'] };
}
