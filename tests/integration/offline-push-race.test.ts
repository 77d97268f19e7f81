import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TITLE_FIELD, type DocumentView, type OfflinePushView } from '@kring/shared';
import { addMember, api, createAccount, type TestAccount } from '../support/accounts.js';
import { connectClient, waitUntil } from '../support/nodeClient.js';
import { b64, createPage, offlinePost, pulledDoc } from '../support/offline.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

const ROUNDS = 25;
const NOTES = 'notes';

/**
 * An offline push loads a page nobody has open and releases it at once, so the page is unloaded
 * (and its log compacted on the way out) right after; a websocket joining during that unload must
 * not lose anything, nor may the derived title go stale. Each round pushes and joins at the same
 * time, so the page goes through load, shared use and unload with both paths racing.
 */
describe('offline push racing websocket joins of the same page', () => {
  let server: TestServer;
  let pusher: TestAccount;

  beforeAll(async () => {
    server = await startTestServer();
    pusher = await createAccount(server, 'Pia');
    await addMember(server, 'test', pusher, 'editor');
    await createPage(server, 'race', 'Start');
  });
  afterAll(() => server.dispose());

  /** One websocket visit: join, add `text`, wait until the server says it is saved, leave. */
  async function visit(text: string): Promise<void> {
    const client = connectClient(server.collabUrl, 'race');
    try {
      await client.synced();
      const notes = client.doc.getText(NOTES);
      notes.insert(notes.length, text);
      await waitUntil(
        [client],
        () => client.isSaved(),
        () => `"${text}" not saved`,
      );
    } finally {
      client.destroy();
    }
  }

  async function push(doc: Y.Doc, edit: (doc: Y.Doc) => void): Promise<void> {
    const before = Y.encodeStateVector(doc);
    doc.transact(() => edit(doc));
    const answer = await offlinePost(
      server,
      'push',
      [{ id: 'race', update: b64(Y.encodeStateAsUpdate(doc, before)) }],
      { who: pusher },
    );
    expect(answer.status).toBe(200);
    expect((answer.body as OfflinePushView).refused).toEqual([]);
  }

  it('keeps every pushed and every websocket edit, and the newest title', async () => {
    const { doc: offline } = await pulledDoc(server, 'race', pusher);
    for (let round = 0; round < ROUNDS; round += 1) {
      await Promise.all([
        push(offline, (doc) => {
          const notes = doc.getText(NOTES);
          notes.insert(notes.length, `p${round};`);
          const title = doc.getText(TITLE_FIELD);
          title.delete(0, title.length);
          title.insert(0, `Round ${round}`);
        }),
        visit(`w${round};`),
      ]);
    }
    await server.kring.flushDerived();

    const reader = connectClient(server.collabUrl, 'race');
    await reader.synced();
    const notes = reader.doc.getText(NOTES).toString();
    reader.destroy();
    for (let round = 0; round < ROUNDS; round += 1) {
      expect(notes).toContain(`p${round};`);
      expect(notes).toContain(`w${round};`);
    }
    const meta = await api(server, 'GET', '/api/documents/race', {
      token: server.credentials.token,
    });
    expect((meta.body as DocumentView).title).toBe(`Round ${ROUNDS - 1}`);

    // And the same after a restart: everything was on disk.
    await server.restart();
    const again = connectClient(server.collabUrl, 'race');
    await again.synced();
    expect(again.doc.getText(NOTES).toString()).toBe(notes);
    expect(again.doc.getText(TITLE_FIELD).toString()).toBe(`Round ${ROUNDS - 1}`);
    again.destroy();
  });
});
