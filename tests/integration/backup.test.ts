import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runAdmin } from '../../server/src/cli/admin.js';
import { registerCredentials } from '../support/credentials.js';
import { connectClient, waitUntil, type NodeClient } from '../support/nodeClient.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

const DOCUMENTS = ['plan', 'notulen', 'glossary'];

/** What a document holds, in a form two servers can be compared by. */
function contentOf(doc: Y.Doc) {
  return {
    text: doc.getText('t').toString(),
    list: doc.getArray('a').toJSON(),
    stateVector: [...Y.decodeStateVector(Y.encodeStateVector(doc))].sort(),
  };
}

describe('backup and restore with the admin CLI', () => {
  let work: string;
  const servers: TestServer[] = [];
  const clients: NodeClient[] = [];
  const output = { log: [] as string[], error: [] as string[] };

  const start = async () => {
    const server = await startTestServer();
    servers.push(server);
    return server;
  };
  const open = async (server: TestServer, documentId: string) => {
    const client = connectClient(server.collabUrl, documentId);
    clients.push(client);
    await client.synced();
    return client;
  };
  const snapshot = async (server: TestServer) =>
    Object.fromEntries(
      await Promise.all(DOCUMENTS.map(async (id) => [id, contentOf((await open(server, id)).doc)])),
    );

  beforeEach(async () => {
    work = await mkdtemp(join(tmpdir(), 'kring-backup-'));
    output.log = [];
    output.error = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => void output.log.push(line));
    vi.spyOn(console, 'error').mockImplementation((line: string) => void output.error.push(line));
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    for (const client of clients.splice(0)) client.destroy();
    for (const server of servers.splice(0)) await server.dispose();
    await rm(work, { recursive: true, force: true });
  });

  async function fillDocuments(server: TestServer): Promise<void> {
    for (const [i, id] of DOCUMENTS.entries()) {
      const writer = await open(server, id);
      writer.doc.getText('t').insert(0, `Document ${id}: ${'inhoud '.repeat(i * 50 + 1)}`);
      writer.doc.getArray('a').push([i, `${id}-item`]);
      writer.doc.getText('t').delete(0, 3);
      await waitUntil(
        [writer],
        () => writer.isSaved(),
        () => `${id} saved`,
      );
    }
  }

  it('round-trips every document exactly, backing up while the server runs', async () => {
    const original = await start();
    await fillDocuments(original);
    const before = await snapshot(original);
    const file = join(work, 'kring.backup');

    expect(await runAdmin(['backup', '--out', file], original.adminEnv())).toBe(0);
    expect(output.log.join('\n')).toMatch(/Backup written to .*kring\.backup/);

    const restored = await start();
    await restored.kring.close();
    expect(await runAdmin(['restore', '--from', file], restored.adminEnv())).toBe(0);
    expect(output.log.join('\n')).toMatch(
      /Restored 3 documents .* and \d+ account, community and audit records/,
    );
    await restored.restart();
    // The restored server holds the original's accounts: its admin token works there now.
    registerCredentials(restored.kring.url, original.credentials);
    expect(await snapshot(restored)).toEqual(before);
  });

  it('backs up a stopped server directly, and refuses to restore over documents without --force', async () => {
    const server = await start();
    await fillDocuments(server);
    const before = await snapshot(server);
    for (const client of clients.splice(0)) client.destroy();
    await server.kring.close();
    const file = join(work, 'offline.backup');
    expect(await runAdmin(['backup', '--out', file], server.adminEnv())).toBe(0);

    expect(await runAdmin(['restore', '--from', file], server.adminEnv())).toBe(1);
    expect(output.error.join('\n')).toMatch(/already holds documents; use --force/);
    expect(await runAdmin(['restore', '--from', file, '--force'], server.adminEnv())).toBe(0);
    expect(output.log.join('\n')).toMatch(/previous database is kept at/);
    await server.restart();
    expect(await snapshot(server)).toEqual(before);
  });

  it('refuses a damaged backup and leaves the data as it was', async () => {
    const server = await start();
    await fillDocuments(server);
    const file = join(work, 'damaged.backup');
    expect(await runAdmin(['backup', '--out', file], server.adminEnv())).toBe(0);
    const bytes = await readFile(file);
    await writeFile(file, bytes.subarray(0, Math.floor(bytes.length / 2)));

    const target = await start();
    await target.kring.close();
    expect(await runAdmin(['restore', '--from', file], target.adminEnv())).toBe(1);
    expect(output.error.join('\n')).toMatch(/restore failed, nothing was changed/);
    await target.restart();
    const reader = await open(target, 'plan');
    expect(reader.doc.getText('t').length).toBe(0);
  });

  it('answers bad command lines with usage and exit code 2', async () => {
    expect(await runAdmin([], {})).toBe(2);
    expect(await runAdmin(['backup'], {})).toBe(2);
    expect(await runAdmin(['frobnicate'], {})).toBe(2);
    expect(await runAdmin(['backup', '--out', 'x', '--bogus'], {})).toBe(2);
    expect(output.error.join('\n')).toMatch(/unknown command "frobnicate"/);
  });
});
