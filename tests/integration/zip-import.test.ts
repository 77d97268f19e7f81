import { strToU8, zipSync, type Zippable } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, api, createAccount, type TestAccount } from '../support/accounts.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

/** Sets the declared (uncompressed) size of every entry in a zip's central directory. */
function declareSize(archive: Uint8Array, size: number): Uint8Array {
  const view = new DataView(archive.buffer, archive.byteOffset, archive.byteLength);
  for (let offset = 0; offset + 4 <= archive.length; offset += 1) {
    const signature = view.getUint32(offset, true);
    if (signature === 0x02014b50) view.setUint32(offset + 24, size, true);
    if (signature === 0x04034b50) view.setUint32(offset + 22, size, true);
  }
  return archive;
}

describe('zip import refuses hostile archives and leaves nothing behind', () => {
  let server: TestServer;
  let editor: TestAccount;

  const importZip = async (archive: Uint8Array) => {
    const response = await fetch(`${server.kring.url}/api/communities/test/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${editor.token}`, 'content-type': 'application/zip' },
      body: Buffer.from(archive),
    });
    return { status: response.status, body: (await response.json()) as unknown };
  };
  const pageCount = async () =>
    (
      (await api(server, 'GET', '/api/communities/test/documents', { token: editor.token }))
        .body as unknown[]
    ).length;

  beforeAll(async () => {
    server = await startTestServer();
    editor = await createAccount(server, 'Eva');
    await addMember(server, 'test', editor, 'editor');
  });
  afterAll(() => server.dispose());

  it.each([
    ['../../etc/x.md'],
    ['a/../../b.md'],
    ['..\\..\\windows\\x.md'],
    ['/etc/passwd.md'],
    ['C:\\boot.md'],
    ['ok/\u0000.md'],
  ])('refuses the zip-slip path %j', async (path) => {
    const before = await pageCount();
    const archive = zipSync({ 'Goed.md': strToU8('# Goed'), [path]: strToU8('# Kwaad') });
    expect(await importZip(archive)).toMatchObject({
      status: 400,
      body: { error: { code: 'unsafe_path' } },
    });
    expect(await pageCount()).toBe(before);
  });

  it('refuses a bomb by its declared size before inflating it', async () => {
    const before = await pageCount();
    const entries: Zippable = {};
    for (let index = 0; index < 5; index += 1) entries[`${index}.md`] = strToU8('# klein');
    // Five entries that claim 1 GiB each: 5 GiB together.
    const bomb = declareSize(zipSync(entries), 1024 * 1024 * 1024);
    expect(await importZip(bomb)).toMatchObject({
      status: 400,
      body: { error: { code: 'too_large' } },
    });
    expect(await pageCount()).toBe(before);
  });

  it('refuses a bomb of real size: 120 MiB of zeros in a ~120 kB zip', async () => {
    const before = await pageCount();
    const bomb = zipSync({ 'nul.md': new Uint8Array(120 * 1024 * 1024) }, { level: 1 });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(await importZip(bomb)).toMatchObject({
      status: 400,
      body: { error: { code: 'too_large' } },
    });
    expect(await pageCount()).toBe(before);
  });

  it('refuses an entry that expands beyond the size it declares, without inflating it all', async () => {
    const before = await pageCount();
    // 200 MiB of text declared as 1 kB: inflating stops after the declared kilobyte (before, it
    // inflated everything, blocking the server for seconds per upload, and kept a cut page).
    const liar = declareSize(
      zipSync({ 'Leugen.md': new Uint8Array(200 * 1024 * 1024).fill(0x61) }, { level: 1 }),
      1024,
    );
    expect(await importZip(liar)).toMatchObject({
      status: 400,
      body: { error: { code: 'too_large' } },
    });
    expect(await pageCount()).toBe(before);
  });

  it('refuses folders nested 1000 deep', async () => {
    const before = await pageCount();
    const deep = `${'map/'.repeat(1000)}Diep.md`;
    expect(await importZip(zipSync({ [deep]: strToU8('# Diep') }))).toMatchObject({
      status: 400,
      body: { error: { code: 'too_deep' } },
    });
    expect(await pageCount()).toBe(before);
  });

  it('refuses more entries than the limit', async () => {
    const before = await pageCount();
    const many: Zippable = {};
    for (let index = 0; index < 2_001; index += 1) many[`p${index}.md`] = strToU8('x');
    expect(await importZip(zipSync(many, { level: 0 }))).toMatchObject({
      status: 400,
      body: { error: { code: 'too_many_files' } },
    });
    expect(await pageCount()).toBe(before);
  });
});
