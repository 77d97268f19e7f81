import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FavouritesView } from '@kring/shared';
import { addMember, api, createAccount, type TestAccount } from '../support/accounts.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

describe('favourites: pinned pages per person', () => {
  let server: TestServer;
  let eva: TestAccount;
  let rob: TestAccount;

  const favourites = async (account: TestAccount) => {
    const answer = await api(server, 'GET', '/api/me/favourites', { token: account.token });
    expect(answer.status).toBe(200);
    return (answer.body as FavouritesView).favourites;
  };
  const pin = async (account: TestAccount, id: string) =>
    (await api(server, 'PUT', `/api/me/favourites/${id}`, { token: account.token })).status;
  const unpin = async (account: TestAccount, id: string) =>
    (await api(server, 'DELETE', `/api/me/favourites/${id}`, { token: account.token })).status;
  const createPage = async (id: string, title: string) => {
    const answer = await api(server, 'POST', '/api/communities/test/documents', {
      token: eva.token,
      body: { id, title },
    });
    expect(answer.status).toBe(201);
  };

  beforeEach(async () => {
    server = await startTestServer();
    eva = await createAccount(server, 'Eva');
    rob = await createAccount(server, 'Rob');
    await addMember(server, 'test', eva, 'editor');
    await addMember(server, 'test', rob, 'reader');
    await createPage('alpha', 'Alpha');
    await createPage('beta', 'Beta');
    await createPage('gamma', 'Gamma');
  });
  afterEach(async () => {
    await server.dispose();
  });

  it('lists pinned pages in the order they were pinned, with title and community', async () => {
    expect(await favourites(eva)).toEqual([]);
    expect(await pin(eva, 'gamma')).toBe(204);
    expect(await pin(eva, 'alpha')).toBe(204);
    expect(await pin(eva, 'beta')).toBe(204);
    expect(await favourites(eva)).toEqual([
      { documentId: 'gamma', title: 'Gamma', communitySlug: 'test' },
      { documentId: 'alpha', title: 'Alpha', communitySlug: 'test' },
      { documentId: 'beta', title: 'Beta', communitySlug: 'test' },
    ]);
    // Someone else's pins are their own.
    expect(await favourites(rob)).toEqual([]);
  });

  it('pinning twice or unpinning twice changes nothing and still answers 204', async () => {
    await pin(eva, 'alpha');
    await pin(eva, 'beta');
    expect(await pin(eva, 'alpha')).toBe(204);
    expect((await favourites(eva)).map((f) => f.documentId)).toEqual(['alpha', 'beta']);
    expect(await unpin(eva, 'alpha')).toBe(204);
    expect(await unpin(eva, 'alpha')).toBe(204);
    expect(await unpin(eva, 'never-pinned')).toBe(204);
    expect((await favourites(eva)).map((f) => f.documentId)).toEqual(['beta']);
  });

  it('answers 404 alike for an unknown page and one the caller cannot read, and 400 for a bad id', async () => {
    const restricted = await api(server, 'PUT', '/api/documents/beta/access', {
      token: eva.token,
      body: { restrictedTo: [eva.user.id] },
    });
    expect(restricted.status).toBe(200);
    const unknown = await api(server, 'PUT', '/api/me/favourites/nope', { token: rob.token });
    const unreadable = await api(server, 'PUT', '/api/me/favourites/beta', { token: rob.token });
    expect(unknown.status).toBe(404);
    expect(unreadable).toEqual(unknown);
    expect((unknown.body as { error: { code: string } }).error.code).toBe('not_found');
    expect(await pin(rob, 'bad%20id')).toBe(400);
    expect(await favourites(rob)).toEqual([]);
  });

  it('hides a pinned page the person can no longer read, and shows it again with access', async () => {
    await pin(rob, 'alpha');
    await pin(rob, 'beta');
    await api(server, 'PUT', '/api/documents/alpha/access', {
      token: eva.token,
      body: { restrictedTo: [eva.user.id] },
    });
    expect((await favourites(rob)).map((f) => f.documentId)).toEqual(['beta']);
    await api(server, 'PUT', '/api/documents/alpha/access', {
      token: eva.token,
      body: { restrictedTo: null },
    });
    expect((await favourites(rob)).map((f) => f.documentId)).toEqual(['alpha', 'beta']);
  });

  it('needs a signed-in caller', async () => {
    expect((await api(server, 'GET', '/api/me/favourites')).status).toBe(401);
    expect((await api(server, 'PUT', '/api/me/favourites/alpha')).status).toBe(401);
  });

  it('forgets a page once it is purged from the trash', async () => {
    await pin(eva, 'alpha');
    await pin(rob, 'alpha');
    await pin(eva, 'beta');
    expect((await api(server, 'DELETE', '/api/documents/alpha', { token: eva.token })).status).toBe(
      204,
    );
    // In the trash: not shown, not pinnable.
    expect((await favourites(eva)).map((f) => f.documentId)).toEqual(['beta']);
    expect(await pin(eva, 'alpha')).toBe(404);
    expect(await server.kring.services.trash.purge(-1)).toBe(1);
    const { meta } = server.kring.services;
    expect(await meta.keys('favourites')).toEqual([`${eva.user.id}!beta`]);
    expect(await meta.keys('favourites-by-document')).toEqual([`beta!${eva.user.id}`]);
    // A page created later under the same id is not pinned by the old pins.
    await createPage('alpha', 'Alpha again');
    expect((await favourites(rob)).map((f) => f.documentId)).toEqual([]);
  });
});
