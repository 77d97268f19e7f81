import { strFromU8, unzipSync } from 'fflate';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileView } from '@kring/shared';
import { connectClient, type NodeClient } from '../support/nodeClient.js';
import { credentialsFor } from '../support/credentials.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

/** The smallest valid PNG: a 1×1 transparent pixel. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
const EXTERNAL = 'https://images.example.org/logo.png';

/**
 * Exports that work outside Kring: a page's stored images are embedded in HTML and DOCX, and a
 * Markdown export of a page with images is a zip with an `assets/` folder (the community zip too).
 */
describe('self-contained exports', () => {
  let server: TestServer;
  let client: NodeClient;
  let token: string;

  const get = (path: string) =>
    fetch(`${server.kring.url}${path}`, { headers: { authorization: `Bearer ${token}` } });

  beforeAll(async () => {
    server = await startTestServer();
    token = credentialsFor(server.kring.url).token;
    client = connectClient(server.collabUrl, 'page-with-images', new Y.Doc());
    await client.synced();
    const uploaded = await fetch(
      `${server.kring.url}/api/communities/test/files?name=schema.png&documentId=page-with-images`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'image/png' },
        body: new Uint8Array(PNG),
      },
    );
    expect(uploaded.status).toBe(201);
    const file = (await uploaded.json()) as FileView;
    const doc = client.doc;
    doc.transact(() => {
      doc.getText('title').insert(0, 'Architectuur');
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText('Zie het schema.')]);
      const stored = new Y.XmlElement('image');
      stored.setAttribute('src', file.url);
      stored.setAttribute('alt', 'Schema');
      const external = new Y.XmlElement('image');
      external.setAttribute('src', EXTERNAL);
      external.setAttribute('alt', 'Logo');
      doc.getXmlFragment('default').insert(0, [paragraph, stored, external]);
    });
    await new Promise<void>((resolve) => {
      if (client.isSaved()) resolve();
      else client.onSaved(() => client.isSaved() && resolve());
    });
  });
  afterAll(async () => {
    client.destroy();
    await server.dispose();
  });

  it('embeds the stored image in the HTML export, and drops images on other sites when asked', async () => {
    const html = await (await get('/api/documents/page-with-images/export?format=html')).text();
    expect(html).toContain(`src="data:image/png;base64,${PNG.toString('base64')}"`);
    expect(html).not.toContain('/api/files/');
    expect(html).toContain(EXTERNAL);
    const dropped = await (
      await get('/api/documents/page-with-images/export?format=html&externalImages=drop')
    ).text();
    expect(dropped).not.toContain(EXTERNAL);
    expect(dropped).toContain('data:image/png;base64,');
  });

  it('embeds the stored image in the DOCX export', async () => {
    const response = await get('/api/documents/page-with-images/export?format=docx');
    const parts = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const media = Object.keys(parts).filter(
      (name) => name.startsWith('word/media/') && !name.endsWith('/'),
    );
    expect(media).toHaveLength(1);
    expect(Buffer.from(parts[media[0]!]!).equals(PNG)).toBe(true);
    expect(strFromU8(parts['word/document.xml']!)).toContain('Schema');
  });

  it('exports Markdown with images as a zip holding the page and an assets folder', async () => {
    const response = await get('/api/documents/page-with-images/export?format=md');
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toContain('Architectuur.zip');
    const entries = unzipSync(new Uint8Array(await response.arrayBuffer()));
    expect(
      Object.keys(entries)
        .filter((name) => !name.endsWith('/'))
        .sort(),
    ).toEqual(['Architectuur.md', 'assets/schema.png']);
    expect(strFromU8(entries['Architectuur.md']!)).toContain('![Schema](assets/schema.png)');
    expect(Buffer.from(entries['assets/schema.png']!).equals(PNG)).toBe(true);
  });

  it('puts the assets in the community zip, linked from the page', async () => {
    const response = await get('/api/communities/test/export');
    const entries = unzipSync(new Uint8Array(await response.arrayBuffer()));
    expect(Buffer.from(entries['assets/schema.png']!).equals(PNG)).toBe(true);
    expect(strFromU8(entries['Architectuur.md']!)).toContain('![Schema](assets/schema.png)');
  });
});
