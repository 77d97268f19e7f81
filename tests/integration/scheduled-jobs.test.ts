import { access } from 'node:fs/promises';
import { join } from 'node:path';
import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentView } from '@kring/shared';
import { ManualClock } from '../../server/src/testing/ManualClock.js';
import { addMember, api, createAccount, type TestAccount } from '../support/accounts.js';
import { connectClient, waitUntil, type NodeClient } from '../support/nodeClient.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/** The server's periodic jobs run on its clock: a test moves time instead of waiting. */
describe('scheduled jobs on the server clock', () => {
  let server: TestServer;
  let clock: ManualClock;
  let editor: TestAccount;
  const clients: NodeClient[] = [];

  beforeEach(async () => {
    clock = new ManualClock(Date.now());
    server = await startTestServer({ TRASH_RETENTION_DAYS: '1' }, { clock });
    editor = await createAccount(server, 'Eva');
    await addMember(server, 'test', editor, 'editor');
    await api(server, 'POST', '/api/communities/test/documents', {
      token: editor.token,
      body: { id: 'notes' },
    });
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.dispose();
  });

  it('purges the trash once the retention period has passed, at the next hourly run', async () => {
    await api(server, 'DELETE', '/api/documents/notes', { token: editor.token });
    const trash = async () =>
      (
        (await api(server, 'GET', '/api/communities/test/trash', { token: editor.token }))
          .body as DocumentView[]
      ).map((page) => page.id);
    // The run exactly one day later finds it not yet older than a day.
    clock.advance(DAY_MS);
    await server.kring.flushDerived();
    expect(await trash()).toEqual(['notes']);
    clock.advance(HOUR_MS);
    await server.kring.flushDerived();
    expect(await trash()).toEqual([]);
  });

  it('saves the search index to disk at the save interval, not before', async () => {
    const client = connectClient(server.collabUrl, 'notes', new Y.Doc(), { token: editor.token });
    clients.push(client);
    await client.synced();
    client.doc.getText('title').insert(0, 'Werkafspraken');
    await waitUntil(
      [client],
      () => client.isSaved(),
      () => 'saved',
    );
    await server.kring.flushDerived();
    const snapshot = join(server.config.dataDir, 'search', 'index.json');
    await expect(access(snapshot)).rejects.toThrow();
    clock.advance(5 * 60 * 1000);
    await server.kring.flushDerived();
    await access(snapshot);
  });
});
