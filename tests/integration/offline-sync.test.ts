import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TITLE_FIELD, type OfflinePullView } from '@kring/shared';
import { addMember, api, createAccount, type TestAccount } from '../support/accounts.js';
import { connectClient, waitUntil } from '../support/nodeClient.js';
import { b64, bytes, createPage, manifest, offlinePost, pulledDoc } from '../support/offline.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

describe('offline sync: manifest and pull', () => {
  let server: TestServer;
  let editor: TestAccount;
  let stranger: TestAccount;

  beforeAll(async () => {
    server = await startTestServer();
    editor = await createAccount(server, 'Eda');
    stranger = await createAccount(server, 'Stan');
    await addMember(server, 'test', editor, 'editor');
    for (const id of ['alpha', 'beta', 'gamma', 'trashed', 'secret']) await createPage(server, id);
    await server.kring.flushDerived();
  });
  afterAll(() => server.dispose());

  const adminToken = () => server.credentials.token;

  it('lists everything as changed on the first call and after an epoch mismatch', async () => {
    const first = await manifest(server);
    expect(first.full).toBe(true);
    expect(first.community.slug).toBe('test');
    expect(new Set(first.changed)).toEqual(new Set(first.documents.map((d) => d.id)));
    expect(first.documents.map((d) => d.id)).toEqual(expect.arrayContaining(['alpha', 'beta']));
    expect(first.members.length).toBe(2);
    expect(first.templates.length).toBeGreaterThanOrEqual(4);
    for (const template of first.templates) {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, bytes(template.update));
      expect(
        doc.getText(TITLE_FIELD).length + doc.getXmlFragment('default').length,
      ).toBeGreaterThan(0);
    }

    const stale = await manifest(server, { epoch: 'an-earlier-run', since: first.clock });
    expect(stale.full).toBe(true);
    expect(stale.changed.length).toBe(first.documents.length);
    const current = await manifest(server, { epoch: first.epoch, since: first.clock });
    expect(current).toMatchObject({ full: false, changed: [], epoch: first.epoch });
  });

  it('lists only the page edited over the websocket, then only the page moved or tagged', async () => {
    const before = await manifest(server);
    const client = connectClient(server.collabUrl, 'alpha');
    await client.synced();
    client.doc.getText(TITLE_FIELD).insert(0, 'Edited ');
    await waitUntil(
      [client],
      () => client.isSaved(),
      () => 'edit saved',
    );
    client.destroy();
    await server.kring.flushDerived();
    const afterEdit = await manifest(server, { epoch: before.epoch, since: before.clock });
    expect(afterEdit).toMatchObject({ full: false, changed: ['alpha'] });
    expect(afterEdit.documents.find((d) => d.id === 'alpha')?.title).toBe('Edited alpha');

    const tagged = await api(server, 'PATCH', '/api/documents/beta', {
      token: adminToken(),
      body: { tags: ['offline'] },
    });
    expect(tagged.status).toBe(200);
    const moved = await api(server, 'PATCH', '/api/documents/gamma', {
      token: adminToken(),
      body: { parentId: 'alpha' },
    });
    expect(moved.status).toBe(200);
    const afterMove = await manifest(server, { epoch: before.epoch, since: afterEdit.clock });
    expect(new Set(afterMove.changed)).toEqual(new Set(['beta', 'gamma']));
  });

  it('leaves out trashed pages and pages restricted away from the caller', async () => {
    const before = await manifest(server, {}, editor);
    expect(before.documents.map((d) => d.id)).toContain('secret');
    await api(server, 'DELETE', '/api/documents/trashed', { token: adminToken() });
    const admin = (await manifest(server)).members.find((m) => m.user.name === 'Test Admin');
    await api(server, 'PUT', '/api/documents/secret/access', {
      token: adminToken(),
      body: { restrictedTo: [admin!.user.id] },
    });
    const after = await manifest(server, { epoch: before.epoch, since: before.clock }, editor);
    const ids = after.documents.map((d) => d.id);
    expect(ids).not.toContain('trashed');
    expect(ids).not.toContain('secret');
    expect(after.changed).not.toContain('secret');
    const pull = await offlinePost(
      server,
      'pull',
      [
        { id: 'secret', stateVector: 'AA==' },
        { id: 'trashed', stateVector: 'AA==' },
      ],
      { who: editor },
    );
    expect(pull.body).toEqual({ documents: [], missing: ['secret', 'trashed'] });
  });

  it('answers 404 to non-members and for unknown communities, like other community routes', async () => {
    const path = '/api/communities/test/offline';
    expect((await api(server, 'GET', path, { token: stranger.token })).status).toBe(404);
    expect(
      (await api(server, 'GET', '/api/communities/nope/offline', { token: adminToken() })).status,
    ).toBe(404);
    for (const kind of ['pull', 'push'] as const) {
      const field = kind === 'pull' ? 'stateVector' : 'update';
      const answer = await offlinePost(server, kind, [{ id: 'alpha', [field]: 'AA==' }], {
        who: stranger,
      });
      expect(answer.status).toBe(404);
    }
  });

  it('pulls the content into an empty Y.Doc, then next to nothing with the returned state vector', async () => {
    for (const loaded of [false, true]) {
      const client = loaded ? connectClient(server.collabUrl, 'alpha') : null;
      if (client) await client.synced();
      else await server.kring.registry.whenReleased();
      expect(server.kring.registry.peek('alpha') !== undefined).toBe(loaded);
      const { doc, stateVector } = await pulledDoc(server, 'alpha');
      expect(doc.getText(TITLE_FIELD).toString()).toBe('Edited alpha');
      const again = await offlinePost(server, 'pull', [
        { id: 'alpha', stateVector: b64(stateVector) },
      ]);
      const [pulled] = (again.body as OfflinePullView).documents;
      expect(Y.decodeUpdate(bytes(pulled!.update)).structs).toEqual([]);
      expect(bytes(pulled!.stateVector)).toEqual(stateVector);
      client?.destroy();
    }
  });

  it('answers a malformed state vector with the full state, without failing the others', async () => {
    const answer = await offlinePost(server, 'pull', [
      { id: 'alpha', stateVector: b64(new Uint8Array([9, 1])) },
      { id: 'beta', stateVector: 'AA==' },
      { id: 'no-such-page', stateVector: 'AA==' },
    ]);
    expect(answer.status).toBe(200);
    const view = answer.body as OfflinePullView;
    expect(view.missing).toEqual(['no-such-page']);
    const alpha = new Y.Doc();
    Y.applyUpdate(alpha, bytes(view.documents.find((d) => d.id === 'alpha')!.update));
    expect(alpha.getText(TITLE_FIELD).toString()).toBe('Edited alpha');
    expect(view.documents.map((d) => d.id)).toEqual(['alpha', 'beta']);
  });

  it('validates queries and bodies with the shared schemas (400)', async () => {
    const bad = await api(server, 'GET', '/api/communities/test/offline?since=-1', {
      token: adminToken(),
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: { code: 'invalid_request' } });
    expect((await offlinePost(server, 'pull', [])).status).toBe(400);
    expect(
      (await offlinePost(server, 'pull', [{ id: 'not an id', stateVector: 'AA==' }])).status,
    ).toBe(400);
    expect(
      (await offlinePost(server, 'push', [{ id: 'alpha', update: 'not base64!' }])).status,
    ).toBe(400);
  });
});
