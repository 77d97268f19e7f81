import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE_FORBIDDEN, CLOSE_UNAUTHORIZED } from '@kring/shared';
import { addMember, api, createAccount, type TestAccount } from '../support/accounts.js';
import { bearer, probeCollab } from '../support/collabProbe.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

/** Who asks. */
const ROLES = [
  'anonymous',
  'non-member',
  'guest of another community',
  'reader',
  'commenter',
  'editor',
  'owner',
  'instance admin',
] as const;
type Who = (typeof ROLES)[number];

/** What they try, and how the server must answer each of them (HTTP status or websocket result). */
const MATRIX: Record<string, Record<Who, number | 'read' | 'write'>> = {
  'GET community': {
    anonymous: 401,
    'non-member': 404,
    'guest of another community': 404,
    reader: 200,
    commenter: 200,
    editor: 200,
    owner: 200,
    'instance admin': 200,
  },
  'GET members': {
    anonymous: 401,
    'non-member': 404,
    'guest of another community': 404,
    reader: 200,
    commenter: 200,
    editor: 200,
    owner: 200,
    'instance admin': 200,
  },
  'POST document': {
    anonymous: 401,
    'non-member': 404,
    'guest of another community': 404,
    reader: 403,
    commenter: 403,
    editor: 201,
    owner: 201,
    'instance admin': 201,
  },
  'POST invitation': {
    anonymous: 401,
    'non-member': 404,
    'guest of another community': 404,
    reader: 403,
    commenter: 403,
    editor: 403,
    owner: 201,
    'instance admin': 201,
  },
  'PATCH member role': {
    anonymous: 401,
    'non-member': 404,
    'guest of another community': 404,
    reader: 403,
    commenter: 403,
    editor: 403,
    owner: 200,
    'instance admin': 200,
  },
  'GET audit': {
    anonymous: 401,
    'non-member': 404,
    'guest of another community': 404,
    reader: 403,
    commenter: 403,
    editor: 403,
    owner: 200,
    'instance admin': 200,
  },
  'GET document': {
    anonymous: 401,
    'non-member': 404,
    'guest of another community': 404,
    reader: 200,
    commenter: 200,
    editor: 200,
    owner: 200,
    'instance admin': 200,
  },
  'PUT document access': {
    anonymous: 401,
    'non-member': 404,
    'guest of another community': 404,
    reader: 403,
    commenter: 403,
    editor: 403,
    owner: 200,
    'instance admin': 200,
  },
  'DELETE document': {
    anonymous: 401,
    'non-member': 404,
    'guest of another community': 404,
    reader: 403,
    commenter: 403,
    editor: 403,
    owner: 204,
    'instance admin': 204,
  },
  'GET restricted document': {
    anonymous: 401,
    'non-member': 404,
    'guest of another community': 404,
    reader: 404,
    commenter: 404,
    editor: 200,
    owner: 200,
    'instance admin': 200,
  },
  'POST community': {
    anonymous: 401,
    'non-member': 201,
    'guest of another community': 403,
    reader: 201,
    commenter: 201,
    editor: 201,
    owner: 201,
    'instance admin': 201,
  },
  'GET instance audit': {
    anonymous: 401,
    'non-member': 403,
    'guest of another community': 403,
    reader: 403,
    commenter: 403,
    editor: 403,
    owner: 403,
    'instance admin': 200,
  },
  'websocket document': {
    anonymous: CLOSE_UNAUTHORIZED.code,
    'non-member': CLOSE_FORBIDDEN.code,
    'guest of another community': CLOSE_FORBIDDEN.code,
    reader: 'read',
    commenter: 'read',
    editor: 'write',
    owner: 'write',
    'instance admin': 'write',
  },
  'websocket restricted document': {
    anonymous: CLOSE_UNAUTHORIZED.code,
    'non-member': CLOSE_FORBIDDEN.code,
    'guest of another community': CLOSE_FORBIDDEN.code,
    reader: CLOSE_FORBIDDEN.code,
    commenter: CLOSE_FORBIDDEN.code,
    editor: 'write',
    owner: 'write',
    'instance admin': 'write',
  },
  'websocket unknown document': {
    anonymous: CLOSE_UNAUTHORIZED.code,
    'non-member': CLOSE_FORBIDDEN.code,
    'guest of another community': CLOSE_FORBIDDEN.code,
    reader: CLOSE_FORBIDDEN.code,
    commenter: CLOSE_FORBIDDEN.code,
    editor: CLOSE_FORBIDDEN.code,
    owner: CLOSE_FORBIDDEN.code,
    'instance admin': CLOSE_FORBIDDEN.code,
  },
};

describe('authorization matrix: every role × every action, REST and websocket', () => {
  let server: TestServer;
  const tokens = new Map<Who, string | null>();
  let target: TestAccount;
  let counter = 0;

  const adminToken = () => server.credentials.token;
  const newDocument = async (slug: string, restrictedTo?: string[]) => {
    counter += 1;
    const id = `doc-${counter}`;
    const created = await api(server, 'POST', `/api/communities/${slug}/documents`, {
      token: adminToken(),
      body: { id },
    });
    expect(created.status).toBe(201);
    if (restrictedTo) {
      const restricted = await api(server, 'PUT', `/api/documents/${id}/access`, {
        token: adminToken(),
        body: { restrictedTo },
      });
      expect(restricted.status).toBe(200);
    }
    return id;
  };

  beforeAll(async () => {
    server = await startTestServer();
    for (const slug of ['pets', 'quantum']) {
      const created = await api(server, 'POST', '/api/communities', {
        token: adminToken(),
        body: { slug, name: slug },
      });
      expect(created.status).toBe(201);
    }
    tokens.set('anonymous', null);
    tokens.set('instance admin', (await createAccount(server, 'Admin Two', { admin: true })).token);
    tokens.set('non-member', (await createAccount(server, 'Nina')).token);
    const guest = await createAccount(server, 'Gus', { guest: true });
    await addMember(server, 'quantum', guest, 'editor');
    tokens.set('guest of another community', guest.token);
    const accounts = new Map<Who, TestAccount>();
    for (const role of ['reader', 'commenter', 'editor', 'owner'] as const) {
      const account = await createAccount(server, `Member ${role}`);
      await addMember(server, 'pets', account, role);
      tokens.set(role, account.token);
      accounts.set(role, account);
    }
    target = await createAccount(server, 'Target');
    await addMember(server, 'pets', target, 'reader');
    tokens.set('editor', accounts.get('editor')!.token);
    restrictedTo = [accounts.get('editor')!.user.id];
  });
  afterAll(() => server.dispose());

  let restrictedTo: string[] = [];

  const perform = async (
    action: string,
    token: string | null,
  ): Promise<number | 'read' | 'write'> => {
    const headers = token === null ? {} : bearer(token);
    const call = (method: string, path: string, body?: unknown) =>
      api(server, method, path, { token, ...(body === undefined ? {} : { body }) }).then(
        (r) => r.status,
      );
    switch (action) {
      case 'GET community':
        return call('GET', '/api/communities/pets');
      case 'GET members':
        return call('GET', '/api/communities/pets/members');
      case 'POST document':
        return call('POST', '/api/communities/pets/documents', { id: `made-${(counter += 1)}` });
      case 'POST invitation':
        return call('POST', '/api/communities/pets/invitations', { role: 'reader' });
      case 'PATCH member role':
        return call('PATCH', `/api/communities/pets/members/${target.user.id}`, { role: 'reader' });
      case 'GET audit':
        return call('GET', '/api/communities/pets/audit');
      case 'GET document':
        return call('GET', `/api/documents/${await newDocument('pets')}`);
      case 'PUT document access':
        return call('PUT', `/api/documents/${await newDocument('pets')}/access`, {
          restrictedTo: null,
        });
      case 'DELETE document':
        return call('DELETE', `/api/documents/${await newDocument('pets')}`);
      case 'GET restricted document':
        return call('GET', `/api/documents/${await newDocument('pets', restrictedTo)}`);
      case 'POST community':
        return call('POST', '/api/communities', { slug: `c-${(counter += 1)}`, name: 'New' });
      case 'GET instance audit':
        return call('GET', '/api/audit');
      case 'websocket document':
        return probeCollab(`${server.collabUrl}/${await newDocument('pets')}`, headers);
      case 'websocket restricted document':
        return probeCollab(
          `${server.collabUrl}/${await newDocument('pets', restrictedTo)}`,
          headers,
        );
      case 'websocket unknown document':
        return probeCollab(`${server.collabUrl}/never-created`, headers);
    }
    throw new Error(`unknown action ${action}`);
  };

  for (const [action, expected] of Object.entries(MATRIX)) {
    it(`${action}`, async () => {
      const actual: Record<string, unknown> = {};
      for (const who of ROLES) actual[who] = await perform(action, tokens.get(who) ?? null);
      expect(actual).toEqual(expected);
    });
  }
});
