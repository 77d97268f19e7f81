import * as prng from 'lib0/prng';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectClient, waitUntil, type NodeClient } from '../support/nodeClient.js';
import { startServerProcess, type ServerProcess } from '../support/serverProcess.js';

const SEED = 20261127;
const TRIALS = 50;
const CLIENTS = 3;
const DOCUMENT_ID = 'crash-test';

/** A unique piece of text one client inserted, and the clock range it occupies. */
interface Token {
  readonly text: string;
  readonly client: NodeClient;
  /** The client's own clock after the insert: the token is saved once `saved` covers it. */
  readonly endClock: number;
}

function ownClock(client: NodeClient): number {
  return Y.decodeStateVector(Y.encodeStateVector(client.doc)).get(client.doc.clientID) ?? 0;
}

/** Positions between whole tokens, so no insert splits another token's text. */
function tokenBoundaries(text: string): number[] {
  const boundaries = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === ']') boundaries.push(i + 1);
  return boundaries;
}

function yieldToNetwork(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Several clients edit while the server process is killed with SIGKILL at random moments. After
 * each restart, every edit that had been acknowledged with `saved` must be there. Zero losses.
 */
describe('kill -9 while clients edit', () => {
  let server: ServerProcess;
  let clients: NodeClient[];
  beforeAll(async () => {
    server = await startServerProcess();
  });
  afterAll(async () => {
    for (const client of clients ?? []) client.destroy();
    await server?.dispose();
  });

  /** Resolves once the server has acknowledged `token` as saved (a `saved` message). */
  const acknowledgedBy = (token: Token) =>
    new Promise<void>((resolve) => {
      let stop = () => {};
      const check = () => {
        const saved = token.client.savedStateVector?.get(token.client.doc.clientID) ?? 0;
        if (saved < token.endClock) return;
        stop();
        resolve();
      };
      stop = token.client.onSaved(check);
      check();
    });

  it(`loses no acknowledged edit over ${TRIALS} seeded crashes`, async () => {
    const gen = prng.create(SEED);
    const collabUrl = `${server.url.replace(/^http/, 'ws')}/collab`;
    clients = Array.from({ length: CLIENTS }, () => connectClient(collabUrl, DOCUMENT_ID));
    const acknowledged: Token[] = [];
    let unacknowledged = 0;

    for (let trial = 0; trial < TRIALS; trial++) {
      await Promise.all(clients.map((client) => client.synced()));
      const tokens: Token[] = [];
      const editsBeforeKill = prng.uint32(gen, 1, 60);
      for (let n = 0; n < editsBeforeKill; n++) {
        const client = prng.oneOf(gen, clients);
        const text = client.doc.getText('t');
        const token = `[${trial}.${n}]`;
        text.insert(prng.oneOf(gen, tokenBoundaries(text.toString())), token);
        tokens.push({ text: token, client, endClock: ownClock(client) });
        if (prng.bool(gen)) await yieldToNetwork();
      }

      // Every third crash comes right after an acknowledgement, so that saved edits are always
      // among those a crash could lose, however slowly a loaded machine acknowledges.
      if (trial % 3 === 0 && tokens.length > 0) await acknowledgedBy(tokens[tokens.length - 1]!);

      const killed = server.stop('SIGKILL');
      // Stop the clients at once: from here on nothing they resend may mask a loss.
      for (const client of clients) client.provider.disconnect();
      for (const token of tokens) {
        const saved = token.client.savedStateVector?.get(token.client.doc.clientID) ?? 0;
        if (saved >= token.endClock) acknowledged.push(token);
        else unacknowledged += 1;
      }
      await killed;
      await server.start();

      const fresh = connectClient(collabUrl, DOCUMENT_ID);
      await fresh.synced();
      const text = fresh.doc.getText('t').toString();
      fresh.destroy();
      const lost = acknowledged
        .filter((token) => !text.includes(token.text))
        .map((token) => token.text);
      expect(lost, `trial ${trial}: acknowledged edits missing after kill -9`).toEqual([]);

      for (const client of clients) client.provider.connect();
    }

    // The test only means something if crashes really hit both saved and unsaved edits.
    expect(acknowledged.length).toBeGreaterThan(TRIALS);
    expect(unacknowledged).toBeGreaterThan(0);

    // Unsaved edits were kept by their clients and arrive after reconnecting.
    await Promise.all(clients.map((client) => client.synced()));
    await waitUntil(
      clients,
      () => clients.every((client) => client.isSaved()),
      () => 'all saved',
    );
    // Fifty real process starts take ~45 s on the 2-core CI machine, more while other test files run.
  }, 180_000);
});
