import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentView } from '@kring/shared';
import { api } from '../support/accounts.js';
import { connectClient, waitUntil, type NodeClient } from '../support/nodeClient.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

describe('a title given when creating a document through the API', () => {
  let server: TestServer;
  const clients: NodeClient[] = [];

  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.dispose();
  });

  it('is in the content, and survives the first edit', async () => {
    const { token } = server.credentials;
    const created = await api(server, 'POST', '/api/communities/test/documents', {
      token,
      body: { title: 'Verslag overleg' },
    });
    expect(created.status).toBe(201);
    const { id } = created.body as DocumentView;

    const client = connectClient(server.collabUrl, id, undefined, { token });
    clients.push(client);
    await client.synced();
    expect(client.doc.getText('title').toString()).toBe('Verslag overleg');

    client.doc.getXmlFragment('default').insert(0, [new Y.XmlText('Hallo')]);
    await waitUntil(
      [client],
      () => client.isSaved(),
      () => 'the edit to be saved',
    );
    client.destroy();
    clients.length = 0;
    await server.restart(); // a graceful stop writes pending metadata

    const after = await api(server, 'GET', `/api/documents/${id}`, { token });
    expect(after.body).toMatchObject({ id, title: 'Verslag overleg' });
  });

  it('is not added twice when the same create is repeated', async () => {
    const { token } = server.credentials;
    const body = { id: 'repeated-create', title: 'Eén keer' };
    await api(server, 'POST', '/api/communities/test/documents', { token, body });
    const again = await api(server, 'POST', '/api/communities/test/documents', { token, body });
    expect(again.status).toBe(200);
    const client = connectClient(server.collabUrl, 'repeated-create', undefined, { token });
    clients.push(client);
    await client.synced();
    expect(client.doc.getText('title').toString()).toBe('Eén keer');
  });
});
