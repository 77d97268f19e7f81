import { Document, ExternalHyperlink, Packer, Paragraph, TextRun } from 'docx';
import MarkdownIt from 'markdown-it';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentView, FileView } from '@kring/shared';
import { addMember, api, createAccount, type TestAccount } from '../support/accounts.js';
import { activeContent, isSafeUrl, storedUrls } from '../support/inertHtml.js';
import { connectClient, waitUntil } from '../support/nodeClient.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

/** Sets `window.__xss` if it ever runs. */
const RUN = 'window.__xss=1';

/** Markdown that tries every way we know to get script into a page. */
const HOSTILE_MARKDOWN = `# Titel <img src=x onerror="${RUN}">

<script>${RUN}</script>

<img src=x onerror="${RUN}"> <svg onload="${RUN}"></svg>
<iframe src="javascript:${RUN}"></iframe>
<a href="javascript:${RUN}">rauw</a>

[klik](javascript:${RUN}) [hoofd](JaVaScRiPt:alert(1)) [tab](java\tscript:alert(1))
[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) [vb](vbscript:msgbox(1))
[verwijzing][ref] <javascript:alert(1)>

![plaatje](javascript:alert(1)) ![svg](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)

\`<script>${RUN}</script>\`

[ref]: javascript:alert(1)
`;

describe('stored XSS: hostile titles, names and imported content stay inert', () => {
  let server: TestServer;
  let editor: TestAccount;
  const auth = () => ({ authorization: `Bearer ${editor.token}` });

  const importFile = async (contentType: string, body: Uint8Array | string, name?: string) => {
    const query = name === undefined ? '' : `?name=${encodeURIComponent(name)}`;
    const response = await fetch(`${server.kring.url}/api/communities/test/import${query}`, {
      method: 'POST',
      headers: { ...auth(), 'content-type': contentType },
      body: typeof body === 'string' ? body : Buffer.from(body),
    });
    expect(response.status).toBe(201);
    return (await response.json()) as DocumentView[];
  };
  const exported = async (id: string, format: 'html' | 'md' | 'docx') => {
    const response = await fetch(
      `${server.kring.url}/api/documents/${id}/export?format=${format}`,
      {
        headers: auth(),
      },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment;/);
    return new Uint8Array(await response.arrayBuffer());
  };
  /** Every way a page leaves Kring, checked for anything that could run. */
  const expectInertExports = async (id: string) => {
    const html = strFromU8(await exported(id, 'html'));
    expect(activeContent(html)).toEqual([]);
    // Rendered as permissively as any Markdown viewer would: raw HTML on, every link scheme allowed.
    const viewer = new MarkdownIt({ html: true, linkify: true });
    viewer.validateLink = () => true;
    expect(activeContent(viewer.render(strFromU8(await exported(id, 'md'))))).toEqual([]);
    const docx = unzipSync(await exported(id, 'docx'));
    const relations = strFromU8(docx['word/_rels/document.xml.rels']!);
    expect(relations).not.toMatch(/Target="\s*(javascript|vbscript|data):/i);
    return html;
  };
  const storedDoc = async (id: string) => {
    const client = connectClient(server.collabUrl, id, new Y.Doc(), { token: editor.token });
    await client.synced();
    const urls = storedUrls(client.doc);
    const title = client.doc.getText('title').toString();
    client.destroy();
    return { urls, title };
  };

  beforeAll(async () => {
    server = await startTestServer();
    editor = await createAccount(server, 'Eva');
    await addMember(server, 'test', editor, 'owner');
  });
  afterAll(() => server.dispose());

  it('imports hostile Markdown as text: no unsafe link or image is stored, every export is inert', async () => {
    const [page] = await importFile('text/markdown', HOSTILE_MARKDOWN);
    const stored = await storedDoc(page!.id);
    expect(stored.urls.filter(({ attribute, url }) => !isSafeUrl(url, attribute))).toEqual([]);
    expect(stored.title).toBe('Titel <img src=x onerror="window.__xss=1">');
    const html = await expectInertExports(page!.id);
    // The words survive as text, so nothing the author wrote silently disappears.
    expect(html).toContain('klik');
    expect(html).toContain('&#60;script&#62;window.__xss=1&#60;/script&#62;');
  });

  it('imports a Word file with a javascript: hyperlink without the link', async () => {
    const word = new Document({
      sections: [
        {
          children: [
            new Paragraph({
              children: [
                new TextRun('Zie '),
                new ExternalHyperlink({
                  link: `javascript:${RUN}`,
                  children: [new TextRun('hier')],
                }),
              ],
            }),
          ],
        },
      ],
    });
    const docx = await Packer.toBuffer(word);
    const [page] = await importFile(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      docx,
      'Verslag <script>.docx',
    );
    const stored = await storedDoc(page!.id);
    expect(stored.urls.filter(({ attribute, url }) => !isSafeUrl(url, attribute))).toEqual([]);
    const html = await expectInertExports(page!.id);
    expect(html).toContain('hier');
  });

  it('keeps hostile zip entry names as page titles only, escaped in every export', async () => {
    const archive = zipSync({
      [`<img src=x onerror=${RUN}>.md`]: strToU8('Tekst'),
      [`"><script>${RUN}<-script>.md`]: strToU8('[x](javascript:alert(1))'),
    });
    const pages = await importFile('application/zip', archive);
    expect(pages.map((page) => page.title).sort()).toEqual([
      `"><script>${RUN}<-script>`,
      `<img src=x onerror=${RUN}>`,
    ]);
    for (const page of pages) await expectInertExports(page.id);
  });

  it('sanitises exports of content a hostile editor wrote straight into the Y.Doc', async () => {
    const id = 'hostile-ydoc';
    await api(server, 'POST', '/api/communities/test/documents', {
      token: editor.token,
      body: { id },
    });
    const client = connectClient(server.collabUrl, id, new Y.Doc(), { token: editor.token });
    await client.synced();
    client.doc.transact(() => {
      client.doc.getText('title').insert(0, `</title><script>${RUN}</script>`);
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.setAttribute('onclick', RUN);
      const text = new Y.XmlText();
      paragraph.insert(0, [text]);
      text.insert(0, 'klik', { link: { href: `javascript:${RUN}` } });
      text.insert(4, ' ook', { link: { href: `  JAVA\nSCRIPT:${RUN}`, target: '"><script>' } });
      const image = new Y.XmlElement('image');
      image.setAttribute('src', `javascript:${RUN}`);
      image.setAttribute('alt', `"><img src=x onerror=${RUN}>`);
      image.setAttribute('onerror', RUN);
      const heading = new Y.XmlElement('heading');
      heading.setAttribute('level', '1" onmouseover="x' as unknown as string);
      client.doc.getXmlFragment('default').push([paragraph, image, heading]);
    });
    await waitUntil(
      [client],
      () => client.isSaved(),
      () => 'hostile content saved',
    );
    client.destroy();
    const html = await expectInertExports(id);
    expect(html).toContain('klik');
  });

  it('answers hostile file, community and page names as JSON data, never as markup', async () => {
    const name = `<img src=x onerror=${RUN}>".csv`;
    const upload = await fetch(
      `${server.kring.url}/api/communities/test/files?name=${encodeURIComponent(name)}`,
      { method: 'POST', headers: { ...auth(), 'content-type': 'text/csv' }, body: 'a,b\n' },
    );
    expect(upload.status).toBe(201);
    const file = (await upload.json()) as FileView;
    expect(file.name).toBe(name);
    const download = await fetch(`${server.kring.url}${file.url}`, { headers: auth() });
    expect(download.headers.get('content-disposition')).toBe(
      `attachment; filename*=UTF-8''${encodeURIComponent(name)}`,
    );
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    await download.body?.cancel();

    const community = await api(server, 'POST', '/api/communities', {
      token: editor.token,
      body: { slug: 'xss', name: `<script>${RUN}</script>` },
    });
    expect(community.status).toBe(201);
    const listed = await fetch(`${server.kring.url}/api/communities`, { headers: auth() });
    expect(listed.headers.get('content-type')).toMatch(/^application\/json/);
    expect(listed.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await listed.text()).toContain(`<script>${RUN}</script>`);

    // Tags are words, not markup.
    const [page] = await importFile('text/markdown', '# Getagd');
    const tagged = await api(server, 'PATCH', `/api/documents/${page!.id}`, {
      token: editor.token,
      body: { tags: [`<img src=x onerror=${RUN}>`] },
    });
    expect(tagged.status).toBe(400);
  });
});
