import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CLOSE_DOCUMENT_DELETED,
  CLOSE_FORBIDDEN,
  CLOSE_UNAUTHORIZED,
  MESSAGE_SYNC,
  SYNC_STEP_1,
  SYNC_STEP_2,
  SYNC_UPDATE,
} from '@kring/shared';
import { addMember, api, createAccount, type TestAccount } from '../support/accounts.js';
import { connectClient, waitUntil, type NodeClient } from '../support/nodeClient.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

/** How long a revocation may take to reach an open connection (the promise). */
const REVOCATION_DEADLINE_MS = 1000;

function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** Resolves with the close code, or rejects when the socket is still open after `ms`. */
function closedWithin(client: NodeClient, ms: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`still open after ${ms} ms`)), ms);
    client.provider.once('connection-close', (event: CloseEvent | null) => {
      clearTimeout(timer);
      resolve(event?.code ?? 0);
    });
  });
}

describe('read-only connections and live revocation', () => {
  let server: TestServer;
  let owner: TestAccount;
  let member: TestAccount;
  const clients: NodeClient[] = [];
  const sockets: WebSocket[] = [];

  const open = async (token: string, documentId = 'shared') => {
    const client = connectClient(server.collabUrl, documentId, new Y.Doc(), { token });
    clients.push(client);
    await client.synced();
    return client;
  };

  beforeEach(async () => {
    server = await startTestServer();
    owner = await createAccount(server, 'Olga');
    member = await createAccount(server, 'Mehmet');
    await addMember(server, 'test', owner, 'owner');
    const created = await api(server, 'POST', '/api/communities/test/documents', {
      token: owner.token,
      body: { id: 'shared' },
    });
    expect(created.status).toBe(201);
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    for (const socket of sockets.splice(0)) socket.terminate();
    await server.dispose();
  });

  it("never applies, broadcasts or stores a reader's updates", async () => {
    await addMember(server, 'test', member, 'reader');
    const editor = await open(owner.token);
    editor.doc.getText('t').insert(0, 'by the owner');
    await waitUntil(
      [editor],
      () => editor.isSaved(),
      () => 'owner edit saved',
    );

    const reader = new WebSocket(`${server.collabUrl}/shared`, {
      headers: { authorization: `Bearer ${member.token}` },
    });
    sockets.push(reader);
    const frames: Uint8Array[] = [];
    reader.on('message', (data: Buffer) => frames.push(new Uint8Array(data)));
    await new Promise((resolve) => reader.once('open', resolve));
    const forged = new Y.Doc();
    forged.getText('t').insert(0, 'FORGED BY A READER ');
    reader.send(
      frame((encoder) => {
        encoding.writeVarUint(encoder, MESSAGE_SYNC);
        encoding.writeVarUint(encoder, SYNC_UPDATE);
        encoding.writeVarUint8Array(encoder, Y.encodeStateAsUpdate(forged));
      }),
    );
    // Frames of one connection are handled in order: the answer to this step 1 proves the update
    // before it was handled (and dropped).
    reader.send(
      frame((encoder) => {
        encoding.writeVarUint(encoder, MESSAGE_SYNC);
        encoding.writeVarUint(encoder, SYNC_STEP_1);
        encoding.writeVarUint8Array(encoder, Y.encodeStateVector(new Y.Doc()));
      }),
    );
    await new Promise<void>((resolve) => {
      const isStep2 = (bytes: Uint8Array) => bytes[0] === MESSAGE_SYNC && bytes[1] === SYNC_STEP_2;
      const check = (data: Buffer) =>
        isStep2(new Uint8Array(data)) ? resolve() : reader.once('message', check);
      reader.once('message', check);
    });
    expect(reader.readyState).toBe(WebSocket.OPEN);
    expect(editor.doc.getText('t').toString()).toBe('by the owner');

    const metrics = await (await fetch(`${server.kring.url}/metrics`)).text();
    expect(metrics).toMatch(/kring_read_only_updates_dropped_total 1\n/);
    await server.restart();
    const fresh = await open(owner.token);
    expect(fresh.doc.getText('t').toString()).toBe('by the owner');
  });

  it("shows the title of a document in its community's list", async () => {
    const editor = await open(owner.token);
    editor.doc.getText('title').insert(0, 'Werkafspraken');
    await waitUntil(
      [editor],
      () => editor.isSaved(),
      () => 'title saved',
    );
    await server.kring.flushDerived();
    const list = await api(server, 'GET', '/api/communities/test/documents', {
      token: owner.token,
    });
    expect(
      (list.body as { id: string; title: string }[]).find((d) => d.id === 'shared')?.title,
    ).toBe('Werkafspraken');
  });

  it('closes a removed editor within one second (4403)', async () => {
    await addMember(server, 'test', member, 'editor');
    const editor = await open(member.token);
    expect(editor.access).toBe('write');
    const closed = closedWithin(editor, REVOCATION_DEADLINE_MS);
    const removed = await api(server, 'DELETE', `/api/communities/test/members/${member.user.id}`, {
      token: owner.token,
    });
    expect(removed.status).toBe(204);
    expect(await closed).toBe(CLOSE_FORBIDDEN.code);
  });

  it('makes a connection read-only within one second when the role is lowered', async () => {
    await addMember(server, 'test', member, 'editor');
    const editor = await open(member.token);
    const watcher = await open(owner.token);
    expect(editor.access).toBe('write');
    const lowered = await api(server, 'PATCH', `/api/communities/test/members/${member.user.id}`, {
      token: owner.token,
      body: { role: 'reader' },
    });
    expect(lowered.status).toBe(200);
    await waitUntil(
      [editor],
      () => editor.access === 'read',
      () => 'access message',
      REVOCATION_DEADLINE_MS,
    );
    editor.doc.getText('t').insert(0, 'after demotion');
    watcher.doc.getText('t').insert(0, 'owner still writes');
    await waitUntil(
      [watcher],
      () => watcher.isSaved(),
      () => 'owner saved',
    );
    await waitUntil(
      [editor],
      () => editor.doc.getText('t').toString().includes('owner still writes'),
      () => 'reader receives updates',
    );
    expect(watcher.doc.getText('t').toString()).toBe('owner still writes');
  });

  it('closes connections of a revoked token (4401) and of a deleted document (4410)', async () => {
    await addMember(server, 'test', member, 'editor');
    const editor = await open(member.token);
    const tokens = (await api(server, 'GET', '/api/me/tokens', { token: member.token })).body as {
      id: string;
    }[];
    const closed = closedWithin(editor, REVOCATION_DEADLINE_MS);
    await api(server, 'DELETE', `/api/me/tokens/${tokens[0]!.id}`, { token: member.token });
    expect(await closed).toBe(CLOSE_UNAUTHORIZED.code);

    const ownerClient = await open(owner.token);
    const gone = closedWithin(ownerClient, REVOCATION_DEADLINE_MS);
    expect(
      (await api(server, 'DELETE', '/api/documents/shared', { token: owner.token })).status,
    ).toBe(204);
    expect(await gone).toBe(CLOSE_DOCUMENT_DELETED.code);
  });
});
