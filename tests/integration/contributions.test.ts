import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DocumentContributorsView, PersonView } from '@kring/shared';
import { runAdmin } from '../../server/src/cli/admin.js';
import { addMember, api, createAccount, type TestAccount } from '../support/accounts.js';
import { registerCredentials } from '../support/credentials.js';
import { connectClient, waitUntil, type NodeClient } from '../support/nodeClient.js';
import { b64, createPage, offlinePost, pulledDoc } from '../support/offline.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

/** How many characters each writer types, in pieces of {@link PIECE} characters. */
const TYPED = { Ada: 600, Bo: 400, Cas: 200 } as const;
const PIECE = 10;

describe('contributions: who added how much to a page', () => {
  let server: TestServer;
  let work: string;
  const writers: Record<string, TestAccount> = {};
  let outsider: TestAccount;

  const contributors = async (id: string, token?: string, target = server) => {
    const answer = await api(target, 'GET', `/api/documents/${id}/contributors`, {
      token: token ?? writers.Ada!.token,
    });
    return answer;
  };
  /** Characters per contributor name. */
  const amounts = async (id: string, target = server) => {
    const answer = await contributors(id, undefined, target);
    expect(answer.status).toBe(200);
    const view = answer.body as DocumentContributorsView;
    return Object.fromEntries(view.contributors.map((each) => [each.user.name, each.characters]));
  };

  beforeAll(async () => {
    server = await startTestServer();
    work = await mkdtemp(join(tmpdir(), 'kring-contrib-'));
    for (const name of Object.keys(TYPED)) {
      writers[name] = await createAccount(server, name);
      await addMember(server, 'test', writers[name], 'editor');
    }
    outsider = await createAccount(server, 'Olaf');
  });
  afterAll(async () => {
    await server?.dispose();
    await rm(work, { recursive: true, force: true });
  });

  it('credits three people editing at once exactly, and survives compaction and restart', async () => {
    await createPage(server, 'shared-plan', '', writers.Ada);
    const clients: NodeClient[] = Object.keys(TYPED).map((name) =>
      connectClient(server.collabUrl, 'shared-plan', new Y.Doc(), {
        token: writers[name]!.token,
      }),
    );
    await Promise.all(clients.map((client) => client.synced()));
    // Interleaved pieces from all three, as concurrent typing arrives at the server.
    const counts = Object.values(TYPED);
    for (let round = 0; round < Math.max(...counts) / PIECE; round += 1) {
      clients.forEach((client, i) => {
        if (round * PIECE >= counts[i]!) return;
        const text = client.doc.getText('body');
        text.insert(Math.min(round, text.length), String(i).repeat(PIECE));
      });
    }
    // Deleting is not adding: the typed characters stay credited.
    clients[0]!.doc.getText('body').delete(0, 5);
    const total = counts.reduce((sum, n) => sum + n, 0) - 5;
    await waitUntil(
      clients,
      () => clients.every((c) => c.isSaved() && c.doc.getText('body').length === total),
      () => 'all saved and converged',
    );
    for (const client of clients) client.destroy();

    expect(await amounts('shared-plan')).toEqual(TYPED);
    const view = (await contributors('shared-plan')).body as DocumentContributorsView;
    expect(view.contributors.map((each) => each.user.name)).toEqual(['Ada', 'Bo', 'Cas']);
    expect(view.contributors.map((each) => each.share)).toEqual([0.5, 1 / 3, 1 / 6]);
    expect(view.contributors[0]!.changes).toBe(TYPED.Ada / PIECE);

    await server.kring.registry.compactAll();
    expect(await amounts('shared-plan')).toEqual(TYPED);
    await server.restart();
    expect(await amounts('shared-plan')).toEqual(TYPED);
  });

  it('keeps contributions through an online backup and restore', async () => {
    const file = join(work, 'kring.backup');
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      expect(await runAdmin(['backup', '--out', file], server.adminEnv())).toBe(0);
      const restored = await startTestServer();
      try {
        await restored.kring.close();
        expect(await runAdmin(['restore', '--from', file], restored.adminEnv())).toBe(0);
        await restored.restart();
        registerCredentials(restored.kring.url, server.credentials);
        expect(await amounts('shared-plan', restored)).toEqual(TYPED);
      } finally {
        await restored.dispose();
      }
    } finally {
      vi.restoreAllMocks();
    }
  });

  it('credits pages created with a title and edits pushed from offline', async () => {
    await createPage(server, 'titled', 'Kwantumveilige cryptografie', writers.Bo);
    const created = await amounts('titled');
    expect(created.Bo).toBeGreaterThanOrEqual('Kwantumveilige cryptografie'.length);

    const { doc } = await pulledDoc(server, 'titled', writers.Cas);
    const before = Y.encodeStateVector(doc);
    doc.getText('body').insert(0, 'Offline geschreven.');
    const update = Y.encodeStateAsUpdate(doc, before);
    const pushed = await offlinePost(server, 'push', [{ id: 'titled', update: b64(update) }], {
      who: writers.Cas,
    });
    expect(pushed.status).toBe(200);
    expect(await amounts('titled')).toEqual({ ...created, Cas: 'Offline geschreven.'.length });
  });

  it('shows contributions as "wrote about" to people who may read the page, and to nobody else', async () => {
    const person = await api(server, 'GET', `/api/people/${writers.Ada!.user.id}`, {
      token: writers.Bo!.token,
    });
    expect(person.status).toBe(200);
    const wrote = (person.body as PersonView).wroteAbout.find(
      (w) => w.documentId === 'shared-plan',
    );
    expect(wrote).toMatchObject({ characters: TYPED.Ada, share: 0.5 });

    expect((await contributors('shared-plan', outsider.token)).status).toBe(404);
    expect((await contributors('no-such-page')).status).toBe(404);
    const restricted = await api(server, 'PUT', '/api/documents/titled/access', {
      token: writers.Bo!.token,
      body: { restrictedTo: [writers.Bo!.user.id] },
    });
    expect(restricted.status).toBe(200);
    expect((await contributors('titled', writers.Ada!.token)).status).toBe(404);
  });

  it('forgets a page’s contributions when it is purged', async () => {
    expect(
      (await api(server, 'DELETE', '/api/documents/shared-plan', { token: writers.Ada!.token }))
        .status,
    ).toBe(204);
    await server.kring.services.trash.purge(-1);
    expect(await server.kring.services.contributions.forDocument('shared-plan')).toEqual([]);
    expect(
      (await server.kring.services.contributions.forUser(writers.Ada!.user.id)).map(
        (record) => record.documentId,
      ),
    ).not.toContain('shared-plan');
  });
});
