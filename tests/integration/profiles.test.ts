import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MyProfileView, OrganisationView, PersonView } from '@kring/shared';
import { addMember, api, createAccount, type TestAccount } from '../support/accounts.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

describe('profiles, person pages and organisations', () => {
  let server: TestServer;
  let admin: string;
  let eva: TestAccount;
  let rob: TestAccount;
  let outsider: TestAccount;

  const person = (viewer: string, userId: string) =>
    api(server, 'GET', `/api/people/${userId}`, { token: viewer });
  const putProfile = (account: TestAccount, body: unknown) =>
    api(server, 'PUT', '/api/me/profile', { token: account.token, body });
  const createPage = async (id: string, title: string, community = 'test') => {
    const answer = await api(server, 'POST', `/api/communities/${community}/documents`, {
      token: eva.token,
      body: { id, title },
    });
    expect(answer.status).toBe(201);
  };

  beforeEach(async () => {
    server = await startTestServer();
    admin = server.credentials.token;
    eva = await createAccount(server, 'Eva');
    rob = await createAccount(server, 'Rob');
    outsider = await createAccount(server, 'Olga');
    await addMember(server, 'test', eva, 'editor');
    await addMember(server, 'test', rob, 'reader');
    const other = await api(server, 'POST', '/api/communities', {
      token: admin,
      body: { slug: 'elsewhere', name: 'Elsewhere' },
    });
    expect(other.status).toBe(201);
    await addMember(server, 'elsewhere', outsider, 'editor');
  });
  afterEach(async () => {
    await server.dispose();
  });

  it('stores a profile and gives it back; absent fields keep their value', async () => {
    const empty = await api(server, 'GET', '/api/me/profile', { token: eva.token });
    expect(empty.status).toBe(200);
    expect(empty.body).toMatchObject({
      userId: eva.user.id,
      name: 'Eva',
      organisation: 'Eva Org',
      organisationId: null,
      function: '',
      expertise: [],
      hidden: [],
    });
    const saved = await putProfile(eva, {
      function: ' Policy advisor ',
      expertise: ['Encryption', 'encryption', '', 'Privacy', 'Encryption'],
      bio: 'Works on data.',
      contact: 'Ask on Mondays',
      languages: ['Nederlands', 'English'],
      hidden: ['contact', 'contact'],
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      function: 'Policy advisor',
      expertise: ['Encryption', 'encryption', 'Privacy'],
      contact: 'Ask on Mondays',
      hidden: ['contact'],
    });
    expect((await putProfile(eva, { bio: 'Changed.' })).status).toBe(200);
    const again = (await api(server, 'GET', '/api/me/profile', { token: eva.token }))
      .body as MyProfileView;
    expect(again).toMatchObject({
      bio: 'Changed.',
      function: 'Policy advisor',
      hidden: ['contact'],
    });
    expect((await putProfile(eva, { bio: 'x'.repeat(1001) })).status).toBe(400);
    expect((await putProfile(eva, { hidden: ['name'] })).status).toBe(400);
    expect((await api(server, 'GET', '/api/me/profile')).status).toBe(401);
  });

  it('shows a profile to someone sharing a community without what its owner hid', async () => {
    await putProfile(eva, {
      function: 'Policy advisor',
      bio: 'Works on data.',
      contact: 'eva@example.org',
      expertise: ['Encryption'],
      hidden: ['contact', 'organisation', 'expertise'],
    });
    const seen = await person(rob.token, eva.user.id);
    expect(seen.status).toBe(200);
    const view = seen.body as PersonView;
    expect(view.profile).toEqual({
      userId: eva.user.id,
      name: 'Eva',
      organisation: '',
      organisationId: null,
      organisationType: null,
      function: 'Policy advisor',
      expertise: [],
      bio: 'Works on data.',
      contact: '',
      languages: [],
    });
    expect(view.communities).toEqual([{ slug: 'test', name: 'Test community' }]);
    // The owner sees everything on their own person page.
    const own = (await person(eva.token, eva.user.id)).body as PersonView;
    expect(own.profile).toMatchObject({
      contact: 'eva@example.org',
      organisation: 'Eva Org',
      expertise: ['Encryption'],
    });
  });

  it('answers the same 404 for a person who shares no community as for an unknown id', async () => {
    const stranger = await person(outsider.token, eva.user.id);
    const unknown = await person(outsider.token, 'AAAAAAAAAAAAAAAAAAAAAA');
    expect(stranger.status).toBe(404);
    expect(stranger).toEqual(unknown);
    expect((await person(eva.token, outsider.user.id)).status).toBe(404);
    // Instance admins may open anyone's page; a malformed id is a bad request.
    expect((await person(admin, outsider.user.id)).status).toBe(200);
    expect((await person(admin, 'not an id')).status).toBe(400);
    expect((await api(server, 'GET', `/api/people/${eva.user.id}`)).status).toBe(401);
  });

  it('lets a guest see only the people of the communities they were added to', async () => {
    const guest = await createAccount(server, 'Gijs', { guest: true });
    await addMember(server, 'test', guest, 'reader');
    expect((await person(guest.token, eva.user.id)).status).toBe(200);
    expect((await person(eva.token, guest.user.id)).status).toBe(200);
    expect((await person(guest.token, outsider.user.id)).status).toBe(404);
    expect((await person(outsider.token, guest.user.id)).status).toBe(404);
  });

  it('lets instance admins manage organisations and everyone signed in list them', async () => {
    const created = await api(server, 'POST', '/api/organisations', {
      token: admin,
      body: { name: ' Ministerie van BZK ', type: 'ministry' },
    });
    expect(created.status).toBe(201);
    const organisation = created.body as OrganisationView;
    expect(organisation).toMatchObject({ name: 'Ministerie van BZK', type: 'ministry' });
    const bad = await api(server, 'POST', '/api/organisations', {
      token: admin,
      body: { name: 'X', type: 'club' },
    });
    expect(bad.status).toBe(400);

    const asRob = await api(server, 'GET', '/api/organisations', { token: rob.token });
    expect(asRob).toEqual({ status: 200, body: { organisations: [organisation] } });
    for (const [method, path, body] of [
      ['POST', '/api/organisations', { name: 'Mine', type: 'company' }],
      ['PATCH', `/api/organisations/${organisation.id}`, { name: 'Mine' }],
      ['DELETE', `/api/organisations/${organisation.id}`, undefined],
    ] as const) {
      const refused = await api(server, method, path, { token: rob.token, body });
      expect(refused.status, `${method} ${path}`).toBe(403);
    }

    const renamed = await api(server, 'PATCH', `/api/organisations/${organisation.id}`, {
      token: admin,
      body: { name: 'BZK', type: 'agency' },
    });
    expect(renamed).toEqual({
      status: 200,
      body: { ...organisation, name: 'BZK', type: 'agency' },
    });
    const missing = await api(server, 'PATCH', '/api/organisations/AAAAAAAAAAAAAAAAAAAAAA', {
      token: admin,
      body: { name: 'Nobody' },
    });
    expect(missing.status).toBe(404);
    const deleted = await api(server, 'DELETE', `/api/organisations/${organisation.id}`, {
      token: admin,
    });
    expect(deleted.status).toBe(204);
    const empty = await api(server, 'GET', '/api/organisations', { token: rob.token });
    expect(empty.body).toEqual({ organisations: [] });
  });

  it('shows a linked organisation by name and type, and falls back once it is deleted', async () => {
    const created = await api(server, 'POST', '/api/organisations', {
      token: admin,
      body: { name: 'Gemeente Utrecht', type: 'municipality' },
    });
    const organisation = created.body as OrganisationView;
    const unknown = await putProfile(eva, { organisationId: 'AAAAAAAAAAAAAAAAAAAAAA' });
    expect(unknown.status).toBe(400);
    expect((unknown.body as { error: { code: string } }).error.code).toBe('invalid_request');

    const linked = await putProfile(eva, { organisationId: organisation.id });
    expect(linked.body).toMatchObject({
      organisation: 'Gemeente Utrecht',
      organisationId: organisation.id,
      organisationType: 'municipality',
    });
    expect(((await person(rob.token, eva.user.id)).body as PersonView).profile).toMatchObject({
      organisation: 'Gemeente Utrecht',
      organisationType: 'municipality',
    });

    await api(server, 'DELETE', `/api/organisations/${organisation.id}`, { token: admin });
    expect(((await person(rob.token, eva.user.id)).body as PersonView).profile).toMatchObject({
      organisation: 'Eva Org',
      organisationId: null,
      organisationType: null,
    });
    const unlinked = await putProfile(eva, { organisationId: null });
    expect(unlinked.body).toMatchObject({ organisation: 'Eva Org', organisationId: null });
  });

  it('lists what someone wrote about, leaving out pages the viewer cannot read', async () => {
    await createPage('alpha', 'Alpha');
    await createPage('beta', 'Beta');
    await createPage('secret', 'Secret');
    await createPage('trashed', 'Trashed');
    const restricted = await api(server, 'PUT', '/api/documents/secret/access', {
      token: eva.token,
      body: { restrictedTo: [eva.user.id] },
    });
    expect(restricted.status).toBe(200);
    const ledger = server.kring.services.contributions;
    ledger.record('alpha', eva.user.id, 30);
    ledger.record('alpha', rob.user.id, 10);
    ledger.record('beta', eva.user.id, 80);
    ledger.record('secret', eva.user.id, 500);
    ledger.record('trashed', eva.user.id, 400);
    await ledger.flush();
    expect(
      (await api(server, 'DELETE', '/api/documents/trashed', { token: eva.token })).status,
    ).toBe(204);

    const seen = (await person(rob.token, eva.user.id)).body as PersonView;
    // Creating a page with a title credits its creator with the title too.
    expect(seen.wroteAbout.map((page) => [page.documentId, page.characters, page.share])).toEqual([
      ['beta', 80 + 'Beta'.length, 1],
      ['alpha', 30 + 'Alpha'.length, 35 / 45],
    ]);
    expect(seen.wroteAbout[0]).toMatchObject({ title: 'Beta', communitySlug: 'test' });
    // The author reads the restricted page, so it is on their own page.
    const own = (await person(eva.token, eva.user.id)).body as PersonView;
    expect(own.wroteAbout.map((page) => page.documentId)).toEqual(['secret', 'beta', 'alpha']);
  });
});
