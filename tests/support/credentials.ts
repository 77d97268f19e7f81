import { join } from 'node:path';
import WebSocket from 'ws';
import { createServices } from '../../server/src/services.js';
import { LevelDocumentStorage } from '../../server/src/storage/LevelDocumentStorage.js';

/** The account tests act as on a test server: an instance admin with an API token. */
export interface TestCredentials {
  /** `Authorization: Bearer` token of the seeded admin. */
  readonly token: string;
  /** Slug of the seeded community documents are created in. */
  readonly community: string;
}

/** Password of every seeded test account. */
export const TEST_PASSWORD = 'correct horse battery staple';
/** Email of the seeded instance admin. */
export const ADMIN_EMAIL = 'admin@kring.test';
/** Slug of the seeded community. */
export const TEST_COMMUNITY = 'test';

const registered = new Map<string, TestCredentials>();
const documents = new Map<string, Promise<void>>();

/**
 * Creates the admin account, its API token and a community in a Kring database (the server must
 * not be running on it). Uses the server's own services, as the admin CLI does.
 */
export async function seedDatabase(dataDir: string): Promise<TestCredentials> {
  const storage = await LevelDocumentStorage.open(join(dataDir, 'leveldb'));
  try {
    const services = createServices(storage.database, { passwordHashCost: 14, storage });
    const admin = await services.accounts.signup(
      { name: 'Test Admin', email: ADMIN_EMAIL, organisation: 'Kring', password: TEST_PASSWORD },
      { allowedDomains: [], ip: null, admin: true },
    );
    const { token } = await services.tokens.create(admin.id, 'tests');
    await services.communities.create(
      {
        actor: { id: admin.id, isAdmin: true, isGuest: false, roles: new Map() },
        userId: admin.id,
        ip: null,
      },
      { slug: TEST_COMMUNITY, name: 'Test community', description: '' },
    );
    return { token, community: TEST_COMMUNITY };
  } finally {
    await storage.close();
  }
}

/** Remembers which credentials to use for a server's base URL (`http://…` or `ws://…/collab`). */
export function registerCredentials(baseUrl: string, credentials: TestCredentials): void {
  registered.set(new URL(baseUrl).host, credentials);
}

/** The credentials registered for the server a URL points at. */
export function credentialsFor(url: string): TestCredentials {
  const found = registered.get(new URL(url).host);
  if (!found) throw new Error(`no test credentials registered for ${url}`);
  return found;
}

/**
 * Makes sure a document exists (in the seeded community) on the server a collaboration URL points
 * at; idempotent and cached per server.
 */
export function ensureDocument(collabUrl: string, documentId: string): Promise<void> {
  const url = new URL(collabUrl);
  const key = `${url.host}/${documentId}`;
  let created = documents.get(key);
  if (created === undefined) {
    const { token, community } = credentialsFor(collabUrl);
    created = fetch(`http://${url.host}/api/communities/${community}/documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ id: documentId }),
    }).then(async (response) => {
      if (!response.ok)
        throw new Error(`creating ${documentId}: HTTP ${response.status} ${await response.text()}`);
    });
    created.catch(() => documents.delete(key));
    documents.set(key, created);
  }
  return created;
}

/** A `ws` WebSocket class that sends `Authorization: Bearer <token>` on the upgrade. */
export function authenticatedWebSocket(
  token: string,
): new (address: string | URL, protocols?: string | string[]) => WebSocket {
  return class AuthenticatedWebSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers: { authorization: `Bearer ${token}` } });
    }
  };
}
