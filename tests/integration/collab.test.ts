import WebSocket from 'ws';
import type * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLOSE_MALFORMED_FRAME, CLOSE_TEXT_FRAME, CLOSE_UNKNOWN_MESSAGE_TYPE } from '@kring/shared';
import { connectClient, waitUntil, type NodeClient } from '../support/nodeClient.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

function closeCodeOf(socket: WebSocket): Promise<number> {
  return new Promise((resolve) => socket.on('close', (code) => resolve(code)));
}

function opened(socket: WebSocket): Promise<void> {
  return new Promise((resolve, reject) => {
    socket.on('open', () => resolve());
    socket.on('error', reject);
  });
}

describe('collaboration over a real server', () => {
  let server: TestServer;
  const clients: NodeClient[] = [];
  const connect = (documentId: string, doc?: Y.Doc) => {
    const client = connectClient(server.collabUrl, documentId, doc);
    clients.push(client);
    return client;
  };

  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.dispose();
  });

  it('makes two clients converge on each other’s edits', async () => {
    const anna = connect('meeting-notes');
    const bram = connect('meeting-notes');
    await Promise.all([anna.synced(), bram.synced()]);
    anna.doc.getText('t').insert(0, 'Anna was here. ');
    bram.doc.getText('t').insert(0, 'Bram too. ');
    const texts = () => [anna, bram].map((c) => c.doc.getText('t').toString());
    await waitUntil(
      [anna, bram],
      () => texts()[0] === texts()[1] && texts()[0]!.length === 25,
      () => texts().join(' | '),
    );
    expect(texts()[0]).toContain('Anna was here. ');
    expect(texts()[0]).toContain('Bram too. ');
    const metrics = await (await fetch(`${server.kring.url}/metrics`)).text();
    const counter = (name: string) => Number(new RegExp(`^${name} (\\d+)`, 'm').exec(metrics)?.[1]);
    expect(counter('kring_updates_applied_total')).toBeGreaterThanOrEqual(2);
    expect(counter('kring_updates_sent_total')).toBeGreaterThanOrEqual(2);
  });

  it('serves stored content after a restart, and reports synced only with the content', async () => {
    const writer = connect('kept');
    await writer.synced();
    writer.doc.getText('t').insert(0, 'survives a restart');
    await waitUntil(
      [writer],
      () => writer.isSaved(),
      () => 'writer never got a covering saved message',
    );
    writer.destroy();
    await server.restart();

    const readers = [connect('kept'), connect('kept'), connect('kept')];
    const textsAtSync = await Promise.all(
      readers.map((reader) => reader.synced().then(() => reader.doc.getText('t').toString())),
    );
    expect(textsAtSync).toEqual(['survives a restart', 'survives a restart', 'survives a restart']);
  });

  it('closes only the connection that sends a malformed frame', async () => {
    const editor = connect('robust');
    await editor.synced();
    const cases: [string | Uint8Array, number][] = [
      [new Uint8Array([0, 2, 50, 1]), CLOSE_MALFORMED_FRAME.code],
      [new Uint8Array([42]), CLOSE_UNKNOWN_MESSAGE_TYPE.code],
      ['hello', CLOSE_TEXT_FRAME.code],
    ];
    for (const [frame, expected] of cases) {
      const rogue = new WebSocket(`${server.collabUrl}/robust`, {
        headers: { authorization: `Bearer ${server.credentials.token}` },
      });
      await opened(rogue);
      const closed = closeCodeOf(rogue);
      rogue.send(frame);
      expect(await closed).toBe(expected);
    }
    const other = connect('robust');
    await other.synced();
    editor.doc.getText('t').insert(0, 'still working');
    await waitUntil(
      [other],
      () => other.doc.getText('t').toString() === 'still working',
      () => 'other client',
    );
  });

  it('refuses an invalid document id at the upgrade with HTTP 400', async () => {
    const statuses = await Promise.all(
      ['bad%20id', 'a'.repeat(65), 'semi;colon'].map(
        (id) =>
          new Promise<number>((resolve) => {
            const socket = new WebSocket(`${server.collabUrl}/${id}`);
            socket.on('unexpected-response', (_request, response) =>
              resolve(response.statusCode ?? 0),
            );
            socket.on('error', () => undefined);
          }),
      ),
    );
    expect(statuses).toEqual([400, 400, 400]);
  });
});
