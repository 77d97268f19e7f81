import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CLOSE_DOCUMENT_FULL,
  CLOSE_DOCUMENT_TOO_LARGE,
  CLOSE_FRAME_TOO_LARGE,
  CLOSE_RATE_LIMITED,
  CLOSE_SERVER_FULL,
  CLOSE_SLOW_CONSUMER,
  MESSAGE_QUERY_AWARENESS,
  MESSAGE_SYNC,
} from '@kring/shared';
import { connectClient, waitUntil, type NodeClient } from '../support/nodeClient.js';
import { closeCode, openRawSocket, refusal } from '../support/rawSocket.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

/** A sync update frame carrying `size` bytes of garbage inside a valid envelope. */
function oversizedFrame(size: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint8Array(encoder, new Uint8Array(size));
  return encoding.toUint8Array(encoder);
}

describe('resource limits close only the offending connection, with a named code', () => {
  let server: TestServer;
  const clients: NodeClient[] = [];
  const sockets: WebSocket[] = [];

  const start = async (env: Record<string, string>) => {
    server = await startTestServer(env);
  };
  const connect = (documentId: string) => {
    const client = connectClient(server.collabUrl, documentId);
    clients.push(client);
    return client;
  };
  const raw = async (documentId: string) => {
    const socket = await openRawSocket(`${server.collabUrl}/${documentId}`);
    sockets.push(socket);
    return socket;
  };
  /** Another client of the same document still gets live edits. */
  const othersStillWork = async (documentId: string) => {
    const [a, b] = [connect(documentId), connect(documentId)];
    await Promise.all([a.synced(), b.synced()]);
    a.doc.getText('t').insert(0, 'still fine');
    await waitUntil(
      [b],
      () => b.doc.getText('t').toString().includes('still fine'),
      () => 'fan-out',
    );
  };
  const refusalsCounted = async (code: number) => {
    const text = await (await fetch(`${server.kring.url}/metrics`)).text();
    return text.includes(`kring_refusals_total{code="${code}"`);
  };

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    for (const socket of sockets.splice(0)) socket.terminate();
    await server.dispose();
  });

  it('closes a frame over MAX_FRAME_BYTES with 4413', async () => {
    await start({ MAX_FRAME_BYTES: '4096' });
    const rogue = await raw('frames');
    const closed = closeCode(rogue);
    rogue.send(oversizedFrame(8192));
    expect(await closed).toBe(CLOSE_FRAME_TOO_LARGE.code);
    await othersStillWork('frames');
    expect(await refusalsCounted(CLOSE_FRAME_TOO_LARGE.code)).toBe(true);
  });

  it('refuses an update that would grow a document beyond MAX_DOCUMENT_BYTES with 4414', async () => {
    await start({ MAX_DOCUMENT_BYTES: '4096' });
    const writer = connect('big');
    await writer.synced();
    const closed = new Promise<number>((resolve) =>
      writer.provider.once('closed', (event) => resolve(event.code)),
    );
    writer.doc.getText('t').insert(0, 'x'.repeat(10_000));
    expect(await closed).toBe(CLOSE_DOCUMENT_TOO_LARGE.code);
    const reader = connect('big');
    await reader.synced();
    expect(reader.doc.getText('t').length).toBe(0);
    await othersStillWork('big');
  });

  it('closes a connection sending faster than MAX_MESSAGES_PER_SECOND with 4529', async () => {
    await start({ MAX_MESSAGES_PER_SECOND: '5', MESSAGE_BURST: '10' });
    const rogue = await raw('chatty');
    const closed = closeCode(rogue);
    for (let i = 0; i < 50; i++) rogue.send(new Uint8Array([MESSAGE_QUERY_AWARENESS]));
    expect(await closed).toBe(CLOSE_RATE_LIMITED.code);
    await othersStillWork('chatty');
  });

  it('closes a client that does not read once MAX_QUEUED_BYTES wait for it, with 4508', async () => {
    await start({ MAX_QUEUED_BYTES: '65536' });
    const stalled = await raw('slow');
    // Stop reading from the kernel: the server's send queue for this client can only grow.
    const tcp = (stalled as unknown as { _socket: { pause(): void; resume(): void } })._socket;
    tcp.pause();
    const writer = connect('slow');
    await writer.synced();
    const chunk = 'y'.repeat(50_000);
    // Bounded: 2,000 × 50 kB is far beyond any kernel buffer plus the 64 kB queue limit.
    for (let i = 0; i < 2000 && server.kring.collab.connectionCount > 1; i++) {
      writer.doc.getText('t').insert(0, chunk);
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(server.kring.collab.connectionCount).toBe(1);
    const closed = closeCode(stalled);
    tcp.resume();
    expect(await closed).toBe(CLOSE_SLOW_CONSUMER.code);
    expect(await refusalsCounted(CLOSE_SLOW_CONSUMER.code)).toBe(true);
  });

  it('drops a connection that stops answering pings, within two heartbeat intervals', async () => {
    await start({ HEARTBEAT_INTERVAL_MS: '100' });
    const live = connect('heartbeat');
    await live.synced();
    const silent = new WebSocket(`${server.collabUrl}/heartbeat`, {
      autoPong: false,
      headers: { authorization: `Bearer ${server.credentials.token}` },
    });
    sockets.push(silent);
    const dropped = new Promise<number>((resolve) => silent.once('close', (code) => resolve(code)));
    await new Promise((resolve) => silent.once('open', resolve));
    expect(await dropped).toBe(1006);
    expect(server.kring.collab.connectionCount).toBe(1);
    live.doc.getText('t').insert(0, 'alive');
    await waitUntil(
      [live],
      () => live.isSaved(),
      () => 'the answering client stays',
    );
  });

  it('refuses connections beyond MAX_CONNECTIONS_PER_DOCUMENT (4504) and MAX_CONNECTIONS (4503)', async () => {
    await start({ MAX_CONNECTIONS_PER_DOCUMENT: '2', MAX_CONNECTIONS: '3' });
    await raw('crowded');
    await raw('crowded');
    expect((await refusal(`${server.collabUrl}/crowded`)).code).toBe(CLOSE_DOCUMENT_FULL.code);
    await raw('elsewhere');
    const full = await refusal(`${server.collabUrl}/another`);
    expect(full).toEqual({ code: CLOSE_SERVER_FULL.code, reason: CLOSE_SERVER_FULL.reason });
  });
});
