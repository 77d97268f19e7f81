import * as prng from 'lib0/prng';
import type * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectClient, waitUntil, type NodeClient } from '../support/nodeClient.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

const SEEDS = [1, 2024, 777];
const CLIENTS = 5;
const STEPS = 250;
const DOCUMENT_ID = 'randomized';

function yieldToNetwork(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function randomEdit(gen: prng.PRNG, doc: Y.Doc): void {
  const text = doc.getText('t');
  const list = doc.getArray<number>('a');
  const roll = prng.real53(gen);
  if (roll < 0.65 || text.length === 0) {
    text.insert(prng.uint32(gen, 0, text.length), prng.word(gen, 1, 6));
  } else if (roll < 0.85) {
    const start = prng.uint32(gen, 0, text.length - 1);
    text.delete(start, prng.uint32(gen, 1, Math.min(5, text.length - start)));
  } else {
    list.insert(prng.uint32(gen, 0, list.length), [prng.uint32(gen, 0, 1000)]);
  }
}

const snapshot = (doc: Y.Doc) => ({
  text: doc.getText('t').toString(),
  list: doc.getArray('a').toJSON(),
});

describe('seeded randomized editing with disconnects', () => {
  let server: TestServer;
  let clients: NodeClient[] = [];
  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(async () => {
    for (const client of clients) client.destroy();
    clients = [];
    await server.dispose();
  });

  it.each(SEEDS)('converges and survives a restart (seed %i)', async (seed) => {
    const gen = prng.create(seed);
    clients = Array.from({ length: CLIENTS }, () => connectClient(server.collabUrl, DOCUMENT_ID));
    await Promise.all(clients.map((client) => client.synced()));

    for (let step = 0; step < STEPS; step++) {
      const client = prng.oneOf(gen, clients);
      if (prng.real53(gen) < 0.08) {
        if (client.provider.shouldConnect) client.provider.disconnect();
        else client.provider.connect();
      } else {
        randomEdit(gen, client.doc);
      }
      if (prng.real53(gen) < 0.3) await yieldToNetwork();
    }
    for (const client of clients) if (!client.provider.shouldConnect) client.provider.connect();

    const describeState = () =>
      JSON.stringify(clients.map((c) => [c.provider.synced, c.isSaved(), snapshot(c.doc).text]));
    await waitUntil(
      clients,
      () => {
        const first = JSON.stringify(snapshot(clients[0]!.doc));
        return clients.every(
          (c) => c.provider.synced && c.isSaved() && JSON.stringify(snapshot(c.doc)) === first,
        );
      },
      describeState,
    );
    const converged = snapshot(clients[0]!.doc);
    expect(converged.text.length + converged.list.length).toBeGreaterThan(0);

    for (const client of clients) client.destroy();
    clients = [];
    await server.restart();
    const fresh = connectClient(server.collabUrl, DOCUMENT_ID);
    clients = [fresh];
    await fresh.synced();
    expect(snapshot(fresh.doc)).toEqual(converged);
  });
});
