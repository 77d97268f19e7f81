import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addMember, api, createAccount, type TestAccount } from '../support/accounts.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

/** The one answer for an id that exists but is not the caller's to see (see DocumentDirectory). */
const TAKEN = {
  status: 409,
  body: { error: { code: 'conflict', message: 'This id cannot be used. Choose another one.' } },
};

describe('creating a document reveals nothing about pages the caller may not read', () => {
  let server: TestServer;
  let owner: TestAccount;
  let outsider: TestAccount;

  const create = (account: TestAccount, body: unknown, slug = 'test') =>
    api(server, 'POST', `/api/communities/${slug}/documents`, { token: account.token, body });

  beforeEach(async () => {
    server = await startTestServer();
    owner = await createAccount(server, 'Olga');
    outsider = await createAccount(server, 'Omar');
    await addMember(server, 'test', owner, 'editor');
    await addMember(server, 'test', outsider, 'editor');
    expect((await create(owner, { id: 'secret-page', title: 'Reorganisatie 2027' })).status).toBe(
      201,
    );
    await api(server, 'PATCH', '/api/documents/secret-page', {
      token: owner.token,
      body: { tags: ['ontslag'] },
    });
    const restricted = await api(server, 'PUT', '/api/documents/secret-page/access', {
      token: owner.token,
      body: { restrictedTo: [owner.user.id] },
    });
    expect(restricted.status).toBe(200);
  });
  afterEach(async () => {
    await server.dispose();
  });

  it('answers an existing restricted id like any other taken id, without its metadata', async () => {
    const answer = await create(outsider, { id: 'secret-page', title: 'Probe' });
    expect(answer).toEqual(TAKEN);
    expect(JSON.stringify(answer.body)).not.toContain('Reorganisatie');
    // The one who may read it still gets the idempotent answer.
    const again = await create(owner, { id: 'secret-page', title: 'Reorganisatie 2027' });
    expect(again.status).toBe(200);
  });

  it('answers an id from another community and a trashed id the same way', async () => {
    const admin = { token: server.credentials.token } as TestAccount;
    expect(
      (
        await api(server, 'POST', '/api/communities', {
          token: admin.token,
          body: { slug: 'other', name: 'Other' },
        })
      ).status,
    ).toBe(201);
    expect((await create(admin, { id: 'elsewhere', title: 'Elders' }, 'other')).status).toBe(201);
    expect(await create(outsider, { id: 'elsewhere' })).toEqual(TAKEN);

    expect((await create(outsider, { id: 'binned' })).status).toBe(201);
    await api(server, 'DELETE', '/api/documents/binned', { token: outsider.token });
    expect(await create(outsider, { id: 'binned' })).toEqual(TAKEN);
  });

  it('refuses a restricted parent exactly like an unknown parent', async () => {
    const unknown = await create(outsider, { title: 'Child', parentId: 'no-such-page' });
    const restricted = await create(outsider, { title: 'Child', parentId: 'secret-page' });
    expect(unknown.status).toBe(400);
    expect(restricted).toEqual(unknown);
    expect((await create(owner, { title: 'Child', parentId: 'secret-page' })).status).toBe(201);
  });

  it('refuses a move under a restricted page exactly like a move under an unknown page', async () => {
    expect((await create(outsider, { id: 'mine' })).status).toBe(201);
    const move = (parentId: string) =>
      api(server, 'PATCH', '/api/documents/mine', { token: outsider.token, body: { parentId } });
    const unknown = await move('no-such-page');
    expect(unknown.status).toBe(400);
    expect(await move('secret-page')).toEqual(unknown);
  });
});
