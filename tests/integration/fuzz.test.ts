import fc from 'fast-check';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import type WebSocket from 'ws';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGE_AWARENESS, MESSAGE_QUERY_AWARENESS, MESSAGE_SYNC } from '@kring/shared';
import { connectClient, waitUntil, type NodeClient } from '../support/nodeClient.js';
import { openRawSocket } from '../support/rawSocket.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

const SEED = 42;
const RUNS = 1000;
const DOCUMENT_ID = 'fuzzed';

function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** Real frames of every kind a client sends, as seeds for mutation. */
function validFrames(): Uint8Array[] {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, 'seed text');
  doc.getMap('m').set('k', [1, 2, 3]);
  const awareness = new awarenessProtocol.Awareness(doc);
  awareness.setLocalState({ user: { name: 'Fuzzy', color: '#123456' } });
  const frames = [
    frame((e) => {
      encoding.writeVarUint(e, MESSAGE_SYNC);
      syncProtocol.writeSyncStep1(e, doc);
    }),
    frame((e) => {
      encoding.writeVarUint(e, MESSAGE_SYNC);
      syncProtocol.writeSyncStep2(e, doc);
    }),
    frame((e) => {
      encoding.writeVarUint(e, MESSAGE_SYNC);
      syncProtocol.writeUpdate(e, Y.encodeStateAsUpdate(doc));
    }),
    frame((e) => {
      encoding.writeVarUint(e, MESSAGE_AWARENESS);
      encoding.writeVarUint8Array(
        e,
        awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID]),
      );
    }),
    new Uint8Array([MESSAGE_QUERY_AWARENESS]),
  ];
  awareness.destroy();
  return frames;
}

/** A frame: random bytes, or a real frame with bytes flipped, cut off, or inserted. */
const frameArbitrary = (seeds: Uint8Array[]) =>
  fc.oneof(
    fc.uint8Array({ minLength: 0, maxLength: 64 }),
    fc
      .tuple(
        fc.constantFrom(...seeds),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }),
        fc.option(fc.nat()),
        fc.uint8Array({ maxLength: 8 }),
      )
      .map(([seed, flips, cutAt, tail]) => {
        const bytes = new Uint8Array(seed);
        for (const [index, value] of flips) bytes[index % bytes.length] = value;
        const kept = cutAt === null ? bytes : bytes.subarray(0, cutAt % (bytes.length + 1));
        return new Uint8Array([...kept, ...tail]);
      }),
  );

/** Resolves once the server has handled everything sent before: it answers a query, or closes. */
function handled(socket: WebSocket): Promise<'open' | 'closed'> {
  return new Promise((resolve) => {
    const onMessage = (data: Buffer) => {
      if (data[0] !== MESSAGE_AWARENESS) return;
      socket.off('close', onClose);
      socket.off('message', onMessage);
      resolve('open');
    };
    const onClose = () => {
      socket.off('message', onMessage);
      resolve('closed');
    };
    socket.on('message', onMessage);
    socket.once('close', onClose);
    if (socket.readyState === socket.OPEN) socket.send(new Uint8Array([MESSAGE_QUERY_AWARENESS]));
  });
}

describe('fuzzed frames from one connection', () => {
  let server: TestServer;
  let editors: NodeClient[];
  beforeAll(async () => {
    server = await startTestServer({ MAX_MESSAGES_PER_SECOND: '100000', MESSAGE_BURST: '100000' });
    editors = [
      connectClient(server.collabUrl, DOCUMENT_ID),
      connectClient(server.collabUrl, DOCUMENT_ID),
    ];
    await Promise.all(editors.map((editor) => editor.synced()));
  });
  afterAll(async () => {
    for (const editor of editors) editor.destroy();
    await server.dispose();
  });

  it(`never hurt the server or the other connections (seed ${SEED}, ${RUNS} runs)`, async () => {
    const heapBefore = process.memoryUsage().heapUsed;
    let closedByServer = 0;
    let round = 0;
    await fc.assert(
      fc.asyncProperty(frameArbitrary(validFrames()), async (bytes) => {
        const rogue = await openRawSocket(`${server.collabUrl}/${DOCUMENT_ID}`);
        rogue.send(bytes);
        if ((await handled(rogue)) === 'closed') closedByServer += 1;
        rogue.terminate();
        // Meanwhile the real editors keep working and keep converging.
        round += 1;
        const [a, b] = editors as [NodeClient, NodeClient];
        a.doc.getText('t').insert(0, `<${round}>`);
        await waitUntil(
          [b],
          () => b.doc.getText('t').toString().includes(`<${round}>`),
          () => `round ${round}`,
        );
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );

    expect(closedByServer).toBeGreaterThan(RUNS / 4);
    const [a, b] = editors as [NodeClient, NodeClient];
    await waitUntil(
      editors,
      () => a.doc.getText('t').toString() === b.doc.getText('t').toString() && a.isSaved(),
      () => 'final convergence',
    );
    expect((await fetch(`${server.kring.url}/api/health`)).status).toBe(200);
    await expect.poll(() => server.kring.collab.connectionCount).toBe(2);
    const document = await server.kring.registry.peek(DOCUMENT_ID)!;
    expect(document.awareness.getStates().size).toBeLessThanOrEqual(2);
    // Generous: 1,000 rounds of small frames must not leave anything big behind.
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(64 * 1024 * 1024);
  });
});
