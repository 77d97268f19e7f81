import { strFromU8, unzipSync, zipSync, strToU8 } from 'fflate';
import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentView } from '@kring/shared';
import { addMember, createAccount, type TestAccount } from '../support/accounts.js';
import { connectClient, type NodeClient } from '../support/nodeClient.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

describe('import and export over the API', () => {
  let server: TestServer;
  let editor: TestAccount;
  const clients: NodeClient[] = [];
  const upload = async (contentType: string, content: Uint8Array | string, query = '') => {
    const body = typeof content === 'string' ? content : Buffer.from(content);
    const response = await fetch(`${server.kring.url}/api/communities/test/import${query}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${editor.token}`, 'content-type': contentType },
      body,
    });
    return { status: response.status, body: (await response.json()) as unknown };
  };
  const download = (path: string) =>
    fetch(`${server.kring.url}${path}`, { headers: { authorization: `Bearer ${editor.token}` } });

  beforeEach(async () => {
    server = await startTestServer();
    editor = await createAccount(server, 'Eva');
    await addMember(server, 'test', editor, 'editor');
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.dispose();
  });

  it('imports a Markdown file as a page people can open and edit', async () => {
    const markdown =
      '# Werkafspraken\n\n## Overleg\n\n- elke dinsdag\n- [link](https://example.org)\n';
    const result = await upload('text/markdown', markdown);
    expect(result.status).toBe(201);
    const [page] = result.body as DocumentView[];
    expect(page).toMatchObject({ title: 'Werkafspraken', parentId: null });
    const client = connectClient(server.collabUrl, page!.id, new Y.Doc(), { token: editor.token });
    clients.push(client);
    await client.synced();
    expect(client.doc.getText('title').toString()).toBe('Werkafspraken');
    expect(client.doc.getXmlFragment('default').toString()).toContain('elke dinsdag');
  });

  it('imports a zip of Markdown files keeping folders as the page tree, and exports it back', async () => {
    const archive = zipSync({
      'Handboek.md': strToU8('# Handboek\n\nInleiding.'),
      'Handboek/Privacy.md': strToU8(
        '# Privacy\n\n| Term | Uitleg |\n| --- | --- |\n| PET | privacy enhancing technology |\n',
      ),
      'Handboek/Code.md': strToU8('# Code\n\n```ts\nconst x = 1;\n```\n'),
    });
    const result = await upload('application/zip', archive);
    expect(result.status).toBe(201);
    const pages = result.body as DocumentView[];
    const handbook = pages.find((p) => p.title === 'Handboek')!;
    expect(
      pages
        .filter((p) => p.parentId === handbook.id)
        .map((p) => p.title)
        .sort(),
    ).toEqual(['Code', 'Privacy']);

    const zip = await download('/api/communities/test/export');
    expect(zip.headers.get('content-type')).toBe('application/zip');
    const files = unzipSync(new Uint8Array(await zip.arrayBuffer()));
    const paths = Object.keys(files).sort();
    expect(paths).toEqual(['Handboek.md', 'Handboek/Code.md', 'Handboek/Privacy.md']);
    expect(strFromU8(files['Handboek/Privacy.md']!)).toContain(
      '| PET | privacy enhancing technology |',
    );
    expect(strFromU8(files['Handboek/Code.md']!)).toContain('```ts');
  });

  it('exports a page as Markdown, HTML and DOCX, and refuses unknown formats and types', async () => {
    const [page] = (await upload('text/markdown', '# Plan\n\nTekst met <script>alert(1)</script>.'))
      .body as DocumentView[];
    const markdown = await download(`/api/documents/${page!.id}/export?format=md`);
    expect(markdown.headers.get('content-disposition')).toContain("filename*=UTF-8''Plan.md");
    expect(await markdown.text()).toContain('# Plan');
    const html = await (await download(`/api/documents/${page!.id}/export?format=html`)).text();
    expect(html).toContain('@media print');
    expect(html).not.toContain('<script>');
    const docx = await download(`/api/documents/${page!.id}/export?format=docx`);
    const parts = unzipSync(new Uint8Array(await docx.arrayBuffer()));
    expect(strFromU8(parts['word/document.xml']!)).toContain('Plan');
    expect((await download(`/api/documents/${page!.id}/export?format=pdf`)).status).toBe(400);
    expect((await upload('image/png', new Uint8Array([1, 2, 3]))).status).toBe(400);
  });
});
