import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { communityPresenceViewSchema, type CommunityPresenceView } from '@kring/shared';
import { addMember, api, createAccount, type TestAccount } from '../support/accounts.js';
import { connectClient, type NodeClient } from '../support/nodeClient.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

/**
 * `GET /api/communities/:slug/presence`, "who is here" on a community's overview: built from the
 * live collaboration connections of a real server, for members only, without content.
 */
describe('who is here in a community', () => {
  let server: TestServer;
  let owner: TestAccount;
  let editor: TestAccount;
  let outsider: TestAccount;
  const clients: NodeClient[] = [];

  const open = async (documentId: string, token: string) => {
    const client = connectClient(server.collabUrl, documentId, new Y.Doc(), { token });
    clients.push(client);
    await client.synced();
    return client;
  };

  const presence = async (token: string): Promise<CommunityPresenceView> => {
    const answer = await api(server, 'GET', '/api/communities/test/presence', { token });
    expect(answer.status).toBe(200);
    return communityPresenceViewSchema.parse(answer.body);
  };

  const names = async (token: string) =>
    (await presence(token)).people.map((person) => ({
      name: person.name,
      pages: person.documents.map((document) => document.title),
    }));

  beforeEach(async () => {
    server = await startTestServer();
    owner = await createAccount(server, 'Olga');
    editor = await createAccount(server, 'Mehmet');
    outsider = await createAccount(server, 'Xander');
    await addMember(server, 'test', owner, 'owner');
    await addMember(server, 'test', editor, 'editor');
    for (const [id, title] of [
      ['plan', 'Jaarplan'],
      ['notes', 'Notulen'],
    ]) {
      const created = await api(server, 'POST', '/api/communities/test/documents', {
        token: owner.token,
        body: { id, title },
      });
      expect(created.status).toBe(201);
    }
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.dispose();
  });

  it('shows a member everyone who has a page open, with name, organisation and page titles', async () => {
    expect(await presence(owner.token)).toEqual({ people: [] });
    await open('plan', owner.token);
    await open('plan', editor.token);
    await open('notes', editor.token);
    const view = await presence(owner.token);
    expect(view.people).toEqual([
      {
        userId: editor.user.id,
        name: 'Mehmet',
        organisation: 'Mehmet Org',
        documents: [
          { id: 'plan', title: 'Jaarplan' },
          { id: 'notes', title: 'Notulen' },
        ],
      },
      {
        userId: owner.user.id,
        name: 'Olga',
        organisation: 'Olga Org',
        documents: [{ id: 'plan', title: 'Jaarplan' }],
      },
    ]);
    // Only ids, names and titles: nothing of the content or the accounts' emails.
    expect(JSON.stringify(view)).not.toMatch(/@example\.org/);
    expect(await names(editor.token)).toEqual(await names(owner.token));
  });

  it('leaves out pages the caller may not read, and who is on them', async () => {
    const created = await api(server, 'POST', '/api/communities/test/documents', {
      token: owner.token,
      body: { id: 'secret', title: 'Reorganisatie' },
    });
    expect(created.status).toBe(201);
    const restricted = await api(server, 'PUT', '/api/documents/secret/access', {
      token: owner.token,
      body: { restrictedTo: [owner.user.id] },
    });
    expect(restricted.status).toBe(200);
    await open('secret', owner.token);
    await open('plan', editor.token);
    expect(await names(owner.token)).toEqual([
      { name: 'Mehmet', pages: ['Jaarplan'] },
      { name: 'Olga', pages: ['Reorganisatie'] },
    ]);
    expect(await names(editor.token)).toEqual([{ name: 'Mehmet', pages: ['Jaarplan'] }]);
  });

  it('answers 404 to non-members, as for the community itself, and 401 without a session', async () => {
    await open('plan', owner.token);
    const refused = await api(server, 'GET', '/api/communities/test/presence', {
      token: outsider.token,
    });
    expect(refused.status).toBe(404);
    expect(JSON.stringify(refused.body)).not.toContain('Olga');
    const unknown = await api(server, 'GET', '/api/communities/nope/presence', {
      token: owner.token,
    });
    expect(unknown.status).toBe(404);
    const anonymous = await api(server, 'GET', '/api/communities/test/presence', {});
    expect(anonymous.status).toBe(401);
  });

  it('counts a person until their last tab with the page closes', async () => {
    const first = await open('plan', editor.token);
    const second = await open('plan', editor.token);
    expect(server.kring.collab.connectionCount).toBe(2);
    first.destroy();
    await expect
      .poll(() => server.kring.collab.connectionCount, { timeout: 10_000, interval: 20 })
      .toBe(1);
    // The first tab's close is handled: the second keeps Mehmet here.
    expect(await names(owner.token)).toEqual([{ name: 'Mehmet', pages: ['Jaarplan'] }]);
    second.destroy();
    await expect.poll(() => names(owner.token), { timeout: 10_000, interval: 50 }).toEqual([]);
  });
});
