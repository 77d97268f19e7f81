import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentView, VersionContentView, VersionView } from '@kring/shared';
import { addMember, api, createAccount, type TestAccount } from '../support/accounts.js';
import { connectClient, waitUntil, type NodeClient } from '../support/nodeClient.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

function writeParagraph(client: NodeClient, text: string): void {
  const paragraph = new Y.XmlElement('paragraph');
  const content = new Y.XmlText();
  paragraph.insert(0, [content]);
  client.doc.getXmlFragment('default').push([paragraph]);
  content.insert(0, text);
}

const textOf = (client: NodeClient) =>
  client.doc
    .getXmlFragment('default')
    .toArray()
    .map((node) => (node as Y.XmlElement).toArray().join(''))
    .join('\n');

describe('history: versions, viewing and restoring', () => {
  let server: TestServer;
  let editor: TestAccount;
  const clients: NodeClient[] = [];
  const open = async () => {
    const client = connectClient(server.collabUrl, 'minutes', new Y.Doc(), { token: editor.token });
    clients.push(client);
    await client.synced();
    return client;
  };

  beforeEach(async () => {
    server = await startTestServer();
    editor = await createAccount(server, 'Eva');
    await addMember(server, 'test', editor, 'editor');
    await api(server, 'POST', '/api/communities/test/documents', {
      token: editor.token,
      body: { id: 'minutes' },
    });
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.dispose();
  });

  it('restores a named version while two others are connected; all three converge on it', async () => {
    const [a, b, c] = [await open(), await open(), await open()];
    a.doc.getText('title').insert(0, 'Notulen');
    writeParagraph(a, 'Besluit: we starten een pilot.');
    await waitUntil(
      [a],
      () => a.isSaved(),
      () => 'first text saved',
    );
    const named = await api(server, 'POST', '/api/documents/minutes/versions', {
      token: editor.token,
      body: { name: 'Vastgesteld' },
    });
    expect(named.status).toBe(201);
    const versionId = (named.body as VersionView).id;

    writeParagraph(b, 'Later toegevoegd door B.');
    c.doc.getText('title').insert(7, ' (concept)');
    await waitUntil(
      [a, b, c],
      () => [a, b, c].every((x) => textOf(x).includes('Later')),
      () => 'edits spread',
    );

    const restored = await api(
      server,
      'POST',
      `/api/documents/minutes/versions/${versionId}/restore`,
      {
        token: editor.token,
      },
    );
    expect(restored.status).toBe(204);
    await waitUntil(
      [a, b, c],
      () =>
        [a, b, c].every(
          (x) =>
            textOf(x) === 'Besluit: we starten een pilot.' &&
            x.doc.getText('title').toString() === 'Notulen',
        ),
      () => `not converged: ${[a, b, c].map(textOf).join(' | ')}`,
    );

    const versions = (
      await api(server, 'GET', '/api/documents/minutes/versions', { token: editor.token })
    ).body as VersionView[];
    expect(versions[0]).toMatchObject({ kind: 'auto', name: null });
    expect(versions.find((v) => v.id === versionId)).toMatchObject({
      name: 'Vastgesteld',
      authors: [{ name: 'Eva' }],
    });
    const before = (
      await api(server, 'GET', `/api/documents/minutes/versions/${versions[0]!.id}`, {
        token: editor.token,
      })
    ).body as VersionContentView;
    expect(before.title).toBe('Notulen (concept)');
    expect(JSON.stringify(before.doc)).toContain('Later toegevoegd door B.');
  });

  it('saves an automatic version when the editing session ends, and lets readers view but not restore', async () => {
    const writer = await open();
    writeParagraph(writer, 'Eerste versie.');
    await waitUntil(
      [writer],
      () => writer.isSaved(),
      () => 'saved',
    );
    writer.destroy();
    const list = async () =>
      (await api(server, 'GET', '/api/documents/minutes/versions', { token: editor.token }))
        .body as VersionView[];
    // The session ends when the server sees the socket close; then the version is derived work.
    await expect.poll(() => server.kring.collab.connectionCount).toBe(0);
    await server.kring.flushDerived();
    expect(await list()).toHaveLength(1);
    const [auto] = await list();
    expect(auto).toMatchObject({ kind: 'auto', authors: [{ name: 'Eva' }] });

    const reader = await createAccount(server, 'Ruud');
    await addMember(server, 'test', reader, 'reader');
    const view = await api(server, 'GET', `/api/documents/minutes/versions/${auto!.id}`, {
      token: reader.token,
    });
    expect(JSON.stringify((view.body as VersionContentView).doc)).toContain('Eerste versie.');
    const refused = await api(
      server,
      'POST',
      `/api/documents/minutes/versions/${auto!.id}/restore`,
      { token: reader.token },
    );
    expect(refused.status).toBe(403);
  });

  it('credits a restore to the person who restored, not to the last editor', async () => {
    const restorer = await createAccount(server, 'Rob');
    await addMember(server, 'test', restorer, 'editor');
    const writer = await open();
    writeParagraph(writer, 'Eerste tekst.');
    await waitUntil(
      [writer],
      () => writer.isSaved(),
      () => 'first text saved',
    );
    const named = await api(server, 'POST', '/api/documents/minutes/versions', {
      token: editor.token,
      body: { name: 'Basis' },
    });
    writeParagraph(writer, 'Later door Eva.');
    await waitUntil(
      [writer],
      () => writer.isSaved(),
      () => 'second text saved',
    );
    await server.kring.flushDerived();
    const updatedBy = async () =>
      (
        (await api(server, 'GET', '/api/documents/minutes', { token: editor.token }))
          .body as DocumentView
      ).updatedBy?.name;
    expect(await updatedBy()).toBe('Eva');

    const restored = await api(
      server,
      'POST',
      `/api/documents/minutes/versions/${(named.body as VersionView).id}/restore`,
      { token: restorer.token },
    );
    expect(restored.status).toBe(204);
    await waitUntil(
      [writer],
      () => textOf(writer) === 'Eerste tekst.',
      () => `not restored: ${textOf(writer)}`,
    );
    await server.kring.flushDerived();
    expect(await updatedBy()).toBe('Rob');
    const changes = await api(server, 'GET', '/api/communities/test/changes', {
      token: editor.token,
    });
    expect((changes.body as { documents: DocumentView[] }).documents).toMatchObject([
      { id: 'minutes', updatedBy: { name: 'Rob' } },
    ]);

    // The automatic version at the end of the session holds the restore, credited to Rob.
    writer.destroy();
    await expect.poll(() => server.kring.collab.connectionCount).toBe(0);
    await server.kring.flushDerived();
    const [latest] = (
      await api(server, 'GET', '/api/documents/minutes/versions', { token: editor.token })
    ).body as VersionView[];
    expect(latest).toMatchObject({ kind: 'auto' });
    expect(latest!.authors.map((author) => author.name)).toContain('Rob');
  });
});
