import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFFLINE_BATCH_MAX_BYTES, TITLE_FIELD, type OfflinePushView } from '@kring/shared';
import { addMember, api, createAccount, type TestAccount } from '../support/accounts.js';
import { connectClient, waitUntil } from '../support/nodeClient.js';
import {
  b64,
  bytes,
  createPage,
  manifest,
  offlinePost,
  pulledDoc,
  retitled,
} from '../support/offline.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

/** The title of a document as stored in its update log, read straight from storage. */
async function storedTitle(server: TestServer, id: string): Promise<string> {
  const doc = new Y.Doc();
  for (const update of await server.kring.storage.loadUpdates(id)) Y.applyUpdate(doc, update);
  return doc.getText(TITLE_FIELD).toString();
}

describe('offline sync: push', () => {
  let server: TestServer;
  let pusher: TestAccount;
  let reader: TestAccount;
  let guest: TestAccount;

  beforeAll(async () => {
    server = await startTestServer({ MAX_DOCUMENT_BYTES: String(64 * 1024) });
    pusher = await createAccount(server, 'Pia');
    reader = await createAccount(server, 'Ray');
    guest = await createAccount(server, 'Gus', { guest: true });
    await addMember(server, 'test', pusher, 'editor');
    await addMember(server, 'test', reader, 'reader');
    await addMember(server, 'test', guest, 'reader');
    for (const id of ['live', 'good', 'bad', 'binned']) await createPage(server, id);
    await api(server, 'DELETE', '/api/documents/binned', { token: server.credentials.token });
    const other = await api(server, 'POST', '/api/communities', {
      token: server.credentials.token,
      body: { slug: 'other', name: 'Other' },
    });
    expect(other.status).toBe(201);
    const elsewhere = await api(server, 'POST', '/api/communities/other/documents', {
      token: server.credentials.token,
      body: { id: 'elsewhere' },
    });
    expect(elsewhere.status).toBe(201);
    await server.kring.flushDerived();
  });
  afterAll(() => server.dispose());

  it('shows an offline edit live, stores it durably before answering, and credits the pusher', async () => {
    const watcher = connectClient(server.collabUrl, 'live');
    await watcher.synced();
    const { doc } = await pulledDoc(server, 'live', pusher);
    const update = retitled(doc, 'Written offline');
    const before = await manifest(server);

    const answer = await offlinePost(server, 'push', [{ id: 'live', update: b64(update) }], {
      who: pusher,
    });
    expect(answer.status).toBe(200);
    const view = answer.body as OfflinePushView;
    expect(view.refused).toEqual([]);
    expect(view.saved.map((s) => s.id)).toEqual(['live']);
    // Durable at the answer: the stored log has it, and the saved state vector covers it.
    expect(await storedTitle(server, 'live')).toBe('Written offline');
    const saved = Y.decodeStateVector(bytes(view.saved[0]!.stateVector));
    expect(saved.get(doc.clientID)).toBe(
      Y.decodeStateVector(Y.encodeStateVector(doc)).get(doc.clientID),
    );

    await waitUntil(
      [watcher],
      () => watcher.doc.getText(TITLE_FIELD).toString() === 'Written offline',
      () => `watcher sees "${watcher.doc.getText(TITLE_FIELD).toString()}"`,
    );
    watcher.destroy();
    await server.kring.flushDerived();
    const after = await manifest(server, { epoch: before.epoch, since: before.clock });
    expect(after.changed).toEqual(['live']);
    const record = after.documents.find((d) => d.id === 'live');
    expect(record).toMatchObject({ title: 'Written offline', updatedBy: { id: pusher.user.id } });

    await server.restart();
    const restarted = await manifest(server, { epoch: after.epoch, since: after.clock });
    expect(restarted.full).toBe(true);
    expect(restarted.epoch).not.toBe(after.epoch);
    const { doc: reloaded } = await pulledDoc(server, 'live');
    expect(reloaded.getText(TITLE_FIELD).toString()).toBe('Written offline');
  });

  it('refuses per page (read only, deleted, not found, invalid, too large) and saves the good one', async () => {
    const { doc } = await pulledDoc(server, 'good', pusher);
    const good = b64(retitled(doc, 'Good offline'));
    const edit = b64(retitled(new Y.Doc(), 'Anything'));
    const answer = await offlinePost(
      server,
      'push',
      [
        { id: 'bad', update: b64(new TextEncoder().encode('garbage!')) },
        { id: 'good', update: good },
        { id: 'binned', update: edit },
        { id: 'elsewhere', update: edit },
        { id: 'no-such-page', update: edit },
        { id: 'bad', update: b64(retitled(new Y.Doc(), 'x'.repeat(70 * 1024))) },
      ],
      { who: pusher },
    );
    expect(answer.status).toBe(200);
    const view = answer.body as OfflinePushView;
    expect(view.saved.map((s) => s.id)).toEqual(['good']);
    expect(view.refused).toEqual([
      { id: 'bad', reason: 'invalid' },
      { id: 'binned', reason: 'deleted' },
      { id: 'elsewhere', reason: 'not_found' },
      { id: 'no-such-page', reason: 'not_found' },
      { id: 'bad', reason: 'too_large' },
    ]);
    expect(await storedTitle(server, 'good')).toBe('Good offline');

    for (const who of [reader, guest]) {
      const refused = await offlinePost(server, 'push', [{ id: 'good', update: edit }], { who });
      expect(refused.body).toEqual({ saved: [], refused: [{ id: 'good', reason: 'read_only' }] });
    }
    expect(await storedTitle(server, 'good')).toBe('Good offline');
  });

  it('refuses an update that builds on changes the server never had', async () => {
    const { doc } = await pulledDoc(server, 'good', pusher);
    retitled(doc, 'lost on the way');
    const gap = b64(retitled(doc, 'builds on the lost one'));
    const answer = await offlinePost(server, 'push', [{ id: 'good', update: gap }], {
      who: pusher,
    });
    expect(answer.body).toEqual({ saved: [], refused: [{ id: 'good', reason: 'invalid' }] });
  });

  it('takes bodies over the 1 MB API limit up to OFFLINE_BATCH_MAX_BYTES, and answers 413 beyond', async () => {
    const large = 'A'.repeat(2 * 1024 * 1024);
    const accepted = await offlinePost(server, 'push', [{ id: 'good', update: large }], {
      who: pusher,
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toEqual({ saved: [], refused: [{ id: 'good', reason: 'too_large' }] });
    const tooLarge = 'A'.repeat(OFFLINE_BATCH_MAX_BYTES + 16);
    const refused = await offlinePost(server, 'push', [{ id: 'good', update: tooLarge }], {
      who: pusher,
    });
    expect(refused.status).toBe(413);
    expect(refused.body).toMatchObject({ error: { code: 'too_large' } });
    const elsewhere = await api(server, 'PATCH', '/api/documents/good', {
      token: server.credentials.token,
      body: { tags: [large] },
    });
    expect(elsewhere.status).toBe(413);
  });
});
