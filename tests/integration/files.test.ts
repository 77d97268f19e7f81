import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FileView, SearchResultsView } from '@kring/shared';
import { runAdmin } from '../../server/src/cli/admin.js';
import { addMember, api, createAccount, type TestAccount } from '../support/accounts.js';
import { registerCredentials } from '../support/credentials.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

/** The smallest valid PNG: a 1×1 transparent pixel. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

describe('files: upload, permission-checked download, limits, search, backup', () => {
  const servers: TestServer[] = [];
  let server: TestServer;
  let editor: TestAccount;
  let reader: TestAccount;
  let outsider: TestAccount;

  const upload = async (
    account: TestAccount,
    name: string,
    type: string,
    body: Buffer,
    query = '',
  ) => {
    const response = await fetch(
      `${server.kring.url}/api/communities/test/files?name=${encodeURIComponent(name)}${query}`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${account.token}`, 'content-type': type },
        body: new Uint8Array(body),
      },
    );
    return {
      status: response.status,
      body: (await response.json()) as FileView & { error?: { code: string } },
    };
  };
  const download = (account: TestAccount, url: string) =>
    fetch(`${server.kring.url}${url}`, { headers: { authorization: `Bearer ${account.token}` } });

  beforeEach(async () => {
    server = await startTestServer({ FILE_MAX_BYTES: '4096' });
    servers.push(server);
    editor = await createAccount(server, 'Eva');
    reader = await createAccount(server, 'Ruud');
    outsider = await createAccount(server, 'Otto');
    await addMember(server, 'test', editor, 'editor');
    await addMember(server, 'test', reader, 'reader');
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    for (const one of servers.splice(0)) await one.dispose();
  });

  it('stores an upload and serves it only to people who may read it', async () => {
    const uploaded = await upload(
      editor,
      'Kwartaalcijfers.csv',
      'text/csv',
      Buffer.from('a,b\n1,2\n'),
    );
    expect(uploaded.status).toBe(201);
    expect(uploaded.body).toMatchObject({ name: 'Kwartaalcijfers.csv', size: 8, canDelete: true });
    const file = await download(reader, uploaded.body.url);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toMatch(/^attachment/);
    expect(file.headers.get('content-security-policy')).toContain('sandbox');
    expect(await file.text()).toBe('a,b\n1,2\n');
    expect((await download(outsider, uploaded.body.url)).status).toBe(404);
    expect((await upload(reader, 'x.csv', 'text/csv', Buffer.from('x'))).status).toBe(403);
    const listed = (
      await api(server, 'GET', '/api/communities/test/files', { token: reader.token })
    ).body as FileView[];
    expect(listed.map((f) => [f.name, f.canDelete])).toEqual([['Kwartaalcijfers.csv', false]]);
  });

  it('refuses files over the size limit, of other types, and images that are not images', async () => {
    expect(
      (await upload(editor, 'big.csv', 'text/csv', Buffer.alloc(5000, 65))).body,
    ).toMatchObject({
      error: { code: 'too_large' },
    });
    const svg = await upload(editor, 'logo.svg', 'image/svg+xml', Buffer.from('<svg/>'));
    expect(svg).toMatchObject({ status: 415, body: { error: { code: 'unsupported_type' } } });
    const fake = await upload(
      editor,
      'photo.png',
      'image/png',
      Buffer.from('<script>alert(1)</script>'),
    );
    expect(fake.status).toBe(415);
    const png = await upload(editor, 'pixel.png', 'image/png', PNG);
    expect(png.status).toBe(201);
    const shown = await download(reader, png.body.url);
    expect(shown.headers.get('content-disposition')).toMatch(/^inline/);
    expect(shown.headers.get('x-content-type-options')).toBe('nosniff');
    const pdf = await upload(
      editor,
      'nota.pdf',
      'application/pdf',
      Buffer.from('%PDF-1.4\n%%EOF\n'),
    );
    const framed = await download(reader, pdf.body.url);
    expect(framed.headers.get('content-disposition')).toMatch(/^inline/);
    expect(framed.headers.get('content-security-policy')).toBe("frame-ancestors 'self'");
    expect(framed.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });

  it('keeps attachments of a restricted page to those who may open it, and lets the uploader delete', async () => {
    await api(server, 'POST', '/api/communities/test/documents', {
      token: editor.token,
      body: { id: 'plan' },
    });
    await api(server, 'PUT', '/api/documents/plan/access', {
      token: editor.token,
      body: { restrictedTo: [editor.user.id] },
    });
    const attached = await upload(editor, 'bijlage.png', 'image/png', PNG, '&documentId=plan');
    expect(attached).toMatchObject({ status: 201, body: { documentId: 'plan' } });
    expect((await download(reader, attached.body.url)).status).toBe(404);
    expect(
      (await api(server, 'GET', '/api/communities/test/files', { token: reader.token })).body,
    ).toEqual([]);
    expect((await api(server, 'DELETE', attached.body.url, { token: reader.token })).status).toBe(
      404,
    );
    expect((await api(server, 'DELETE', attached.body.url, { token: editor.token })).status).toBe(
      204,
    );
    expect((await download(editor, attached.body.url)).status).toBe(404);
  });

  it('finds files by name, only where the caller may read them', async () => {
    await upload(editor, 'Begroting-privacyteam-2027.csv', 'text/csv', Buffer.from('x'));
    const hits = (await api(server, 'GET', '/api/search?q=begroting', { token: reader.token }))
      .body as SearchResultsView;
    expect(hits.hits).toMatchObject([{ kind: 'file', title: 'Begroting-privacyteam-2027.csv' }]);
    const none = (await api(server, 'GET', '/api/search?q=begroting', { token: outsider.token }))
      .body as SearchResultsView;
    expect(none.total).toBe(0);
  });

  it('backs files up and restores them', async () => {
    const uploaded = await upload(editor, 'pixel.png', 'image/png', PNG);
    const work = await mkdtemp(join(tmpdir(), 'kring-files-backup-'));
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      const file = join(work, 'with-files.backup');
      expect(await runAdmin(['backup', '--out', file], server.adminEnv())).toBe(0);
      const target = await startTestServer();
      servers.push(target);
      await target.kring.close();
      expect(await runAdmin(['restore', '--from', file], target.adminEnv())).toBe(0);
      await target.restart();
      registerCredentials(target.kring.url, server.credentials);
      const restored = await fetch(`${target.kring.url}${uploaded.body.url}`, {
        headers: { authorization: `Bearer ${editor.token}` },
      });
      expect(Buffer.from(await restored.arrayBuffer()).equals(PNG)).toBe(true);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});
