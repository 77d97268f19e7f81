import { expect, it } from 'vitest';
import * as Y from 'yjs';
import { addMember, api, createAccount, type TestAccount } from './accounts.js';
import { connectClient, waitUntil, type NodeClient } from './nodeClient.js';
import type { TestServer } from './testServer.js';

/** Who asks, in the authorization matrices. */
export const MATRIX_ROLES = [
  'anonymous',
  'non-member',
  'guest of another community',
  'guest editor',
  'reader',
  'commenter',
  'editor',
  'owner',
  'instance admin',
] as const;
/** One of {@link MATRIX_ROLES}. */
export type MatrixRole = (typeof MATRIX_ROLES)[number];

/** What one action answers for one role: an HTTP status, a websocket result or a summary. */
export type MatrixAnswer = number | string;
/** Action → the expected answer of each role, in the order of {@link MATRIX_ROLES}. */
export type Matrix = Record<string, readonly MatrixAnswer[]>;

/**
 * The people of a matrix: communities `pets` (where the roles are members) and `quantum` (where
 * only the guest and the instance admin are), with an API token per role (null: anonymous).
 */
export interface MatrixPeople {
  readonly tokens: ReadonlyMap<MatrixRole, string | null>;
  readonly accounts: ReadonlyMap<MatrixRole, TestAccount>;
  /** The instance admin that prepares fixtures (the seeded one, not one of the roles). */
  readonly fixtureToken: string;
}

/** Creates both communities and one account per role. */
export async function createMatrixPeople(server: TestServer): Promise<MatrixPeople> {
  const fixtureToken = server.credentials.token;
  for (const slug of ['pets', 'quantum']) {
    const created = await api(server, 'POST', '/api/communities', {
      token: fixtureToken,
      body: { slug, name: slug },
    });
    expect(created.status).toBe(201);
  }
  const accounts = new Map<MatrixRole, TestAccount>();
  accounts.set('instance admin', await createAccount(server, 'Admin Two', { admin: true }));
  accounts.set('non-member', await createAccount(server, 'Nina'));
  const outsideGuest = await createAccount(server, 'Gus', { guest: true });
  await addMember(server, 'quantum', outsideGuest, 'editor');
  accounts.set('guest of another community', outsideGuest);
  const guestEditor = await createAccount(server, 'Greta', { guest: true });
  await addMember(server, 'pets', guestEditor, 'editor');
  accounts.set('guest editor', guestEditor);
  for (const role of ['reader', 'commenter', 'editor', 'owner'] as const) {
    const account = await createAccount(server, `Member ${role}`);
    await addMember(server, 'pets', account, role);
    accounts.set(role, account);
  }
  const tokens = new Map<MatrixRole, string | null>([['anonymous', null]]);
  for (const [role, account] of accounts) tokens.set(role, account.token);
  return { tokens, accounts, fixtureToken };
}

/** Fixtures made by the instance admin, fresh for every cell so cells cannot affect each other. */
export class MatrixFixtures {
  private counter = 0;

  constructor(
    private readonly server: TestServer,
    private readonly token: string,
  ) {}

  /** A fresh id with a prefix. */
  nextId(prefix: string): string {
    this.counter += 1;
    return `${prefix}-${this.counter}`;
  }

  /** A new page in `slug`, optionally restricted to some members. */
  async document(slug = 'pets', restrictedTo?: string[]): Promise<string> {
    const id = this.nextId('doc');
    expect((await this.call('POST', `/api/communities/${slug}/documents`, { id })).status).toBe(
      201,
    );
    if (restrictedTo) {
      const access = await this.call('PUT', `/api/documents/${id}/access`, { restrictedTo });
      expect(access.status).toBe(200);
    }
    return id;
  }

  /** A page moved to the trash. */
  async trashed(slug = 'pets'): Promise<string> {
    const id = await this.document(slug);
    expect((await this.call('DELETE', `/api/documents/${id}`)).status).toBe(204);
    return id;
  }

  /** A named version of a page; returns its id. */
  async version(documentId: string): Promise<string> {
    const saved = await this.call('POST', `/api/documents/${documentId}/versions`, { name: 'v1' });
    expect(saved.status).toBe(201);
    return (saved.body as { id: string }).id;
  }

  /** A CSV file in `slug`, optionally attached to a page; returns its id. */
  async file(slug = 'pets', documentId?: string): Promise<string> {
    const query = `name=cijfers.csv${documentId === undefined ? '' : `&documentId=${documentId}`}`;
    const response = await fetch(
      `${this.server.kring.url}/api/communities/${slug}/files?${query}`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${this.token}`, 'content-type': 'text/csv' },
        body: 'a,b\n1,2\n',
      },
    );
    expect(response.status).toBe(201);
    return ((await response.json()) as { id: string }).id;
  }

  /** Writes a title and a paragraph (optionally linking to other pages) and waits until saved. */
  async write(id: string, title: string, text: string, linksTo: string[] = []): Promise<void> {
    const client: NodeClient = connectClient(this.server.collabUrl, id, new Y.Doc(), {
      token: this.token,
    });
    await client.synced();
    client.doc.getText('title').insert(0, title);
    const paragraph = new Y.XmlElement('paragraph');
    const body = new Y.XmlText();
    paragraph.insert(0, [body]);
    client.doc.getXmlFragment('default').push([paragraph]);
    body.insert(0, text);
    for (const target of linksTo) {
      body.insert(body.length, ` ${target}`, { link: { href: `/d/${target}` } });
    }
    await waitUntil(
      [client],
      () => client.isSaved(),
      () => `${id} saved`,
    );
    client.destroy();
  }

  private call(method: string, path: string, body?: unknown) {
    return api(this.server, method, path, {
      token: this.token,
      ...(body === undefined ? {} : { body }),
    });
  }
}

/**
 * Declares one test per action: each role performs it in turn (one after the other, so the answer
 * of a cell never depends on timing) and the answers, keyed by role, must equal the row.
 */
export function declareMatrix(
  matrix: Matrix,
  people: () => MatrixPeople,
  perform: (action: string, token: string | null) => Promise<MatrixAnswer>,
): void {
  for (const [action, row] of Object.entries(matrix)) {
    it(action, async () => {
      const expected: Record<string, MatrixAnswer> = {};
      const actual: Record<string, MatrixAnswer> = {};
      for (const [index, who] of MATRIX_ROLES.entries()) {
        expected[who] = row[index]!;
        actual[who] = await perform(action, people().tokens.get(who) ?? null);
      }
      expect(actual).toEqual(expected);
    });
  }
}
