import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readLocalAdminToken } from '../../server/src/auth/localAdminToken.js';
import { addMember, api, createAccount, type TestAccount } from '../support/accounts.js';
import { connectClient, waitUntil } from '../support/nodeClient.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

/** A word that occurs nowhere but in the page that is purged. */
const MARKER = 'Zwaluwstaartmarker8841';

/** Every file under `folder`, recursively. */
async function filesUnder(folder: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...(await filesUnder(path)));
    else found.push(path);
  }
  return found;
}

/** The files in the data folder whose bytes hold the marker. */
async function filesHoldingMarker(dataDir: string): Promise<string[]> {
  const holding: string[] = [];
  for (const path of await filesUnder(dataDir)) {
    if ((await readFile(path)).includes(MARKER)) holding.push(path.slice(dataDir.length + 1));
  }
  return holding;
}

describe('purging a page from the trash deletes it for good', () => {
  let server: TestServer;
  let editor: TestAccount;

  const backupHoldsMarker = async () => {
    const response = await fetch(`${server.kring.url}/api/admin/backup`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await readLocalAdminToken(server.config.dataDir)}` },
    });
    expect(response.status).toBe(200);
    return gunzipSync(Buffer.from(await response.arrayBuffer())).includes(MARKER);
  };

  beforeEach(async () => {
    server = await startTestServer();
    editor = await createAccount(server, 'Eva');
    await addMember(server, 'test', editor, 'editor');
  });
  afterEach(async () => {
    await server.dispose();
  });

  it('leaves nothing of its content, versions, links, attachments or search entries on disk or in a backup', async () => {
    await api(server, 'POST', '/api/communities/test/documents', {
      token: editor.token,
      body: { id: 'doomed' },
    });
    await api(server, 'POST', '/api/communities/test/documents', {
      token: editor.token,
      body: { id: 'kept', title: 'Blijft staan' },
    });
    const writer = connectClient(server.collabUrl, 'doomed', new Y.Doc(), {
      token: editor.token,
    });
    await writer.synced();
    writer.doc.getText('title').insert(0, `Titel ${MARKER}`);
    const paragraph = new Y.XmlElement('paragraph');
    const text = new Y.XmlText();
    paragraph.insert(0, [text]);
    writer.doc.getXmlFragment('default').push([paragraph]);
    text.insert(0, `Tekst met ${MARKER} erin. `);
    text.insert(text.length, 'Zie ook', { link: { href: `/d/${MARKER}` } });
    await waitUntil(
      [writer],
      () => writer.isSaved(),
      () => 'saved',
    );
    const named = await api(server, 'POST', '/api/documents/doomed/versions', {
      token: editor.token,
      body: { name: `Versie ${MARKER}` },
    });
    expect(named.status).toBe(201);
    const upload = await fetch(
      `${server.kring.url}/api/communities/test/files?name=${MARKER}.txt&documentId=doomed`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${editor.token}`, 'content-type': 'text/plain' },
        body: `Bijlage over ${MARKER}.`,
      },
    );
    expect(upload.status).toBe(201);
    writer.destroy();
    await expect.poll(() => server.kring.collab.connectionCount).toBe(0);
    await server.kring.flushDerived();
    await server.kring.search.save();
    const found = await api(server, 'GET', `/api/search?q=${MARKER}`, { token: editor.token });
    expect((found.body as { total: number }).total).toBe(2);
    // The test would prove nothing if the marker could not be found where it was stored.
    expect(await filesHoldingMarker(server.config.dataDir)).not.toEqual([]);
    expect(await backupHoldsMarker()).toBe(true);

    expect(
      (await api(server, 'DELETE', '/api/documents/doomed', { token: editor.token })).status,
    ).toBe(204);
    expect(await server.kring.services.trash.purge(-1)).toBe(1);

    expect(await filesHoldingMarker(server.config.dataDir)).toEqual([]);
    expect(await backupHoldsMarker()).toBe(false);
    const after = await api(server, 'GET', `/api/search?q=${MARKER}`, { token: editor.token });
    expect((after.body as { total: number }).total).toBe(0);
    // Other pages are untouched.
    const list = await api(server, 'GET', '/api/communities/test/documents', {
      token: editor.token,
    });
    expect((list.body as { id: string }[]).map((page) => page.id)).toEqual(['kept']);
  });
});
