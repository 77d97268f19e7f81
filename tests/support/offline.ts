import { expect } from 'vitest';
import * as Y from 'yjs';
import { TITLE_FIELD, type OfflineManifestView, type OfflinePullView } from '@kring/shared';
import { api, type TestAccount } from './accounts.js';
import { credentialsFor } from './credentials.js';
import type { TestServer } from './testServer.js';

/** Base64 of binary Yjs data, as the offline endpoints carry it. */
export const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');
/** Bytes of base64 from an offline answer. */
export const bytes = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'base64'));

/** The token to act with: an account's, else the seeded admin's. */
const tokenOf = (server: TestServer, who?: TestAccount) =>
  who?.token ?? credentialsFor(server.kring.url).token;

/** `GET /api/communities/test/offline` with an optional change clock. */
export async function manifest(
  server: TestServer,
  clock: { epoch?: string; since?: number } = {},
  who?: TestAccount,
): Promise<OfflineManifestView> {
  const query = new URLSearchParams();
  if (clock.epoch !== undefined) query.set('epoch', clock.epoch);
  if (clock.since !== undefined) query.set('since', String(clock.since));
  const answer = await api(server, 'GET', `/api/communities/test/offline?${query.toString()}`, {
    token: tokenOf(server, who),
  });
  expect(answer.status).toBe(200);
  return answer.body as OfflineManifestView;
}

/** `POST /api/communities/:slug/offline/{pull,push}`; returns status and body. */
export function offlinePost(
  server: TestServer,
  kind: 'pull' | 'push',
  documents: readonly object[],
  options: { who?: TestAccount; slug?: string } = {},
): Promise<{ status: number; body: unknown }> {
  return api(server, 'POST', `/api/communities/${options.slug ?? 'test'}/offline/${kind}`, {
    token: tokenOf(server, options.who),
    body: { documents },
  });
}

/** Pulls one document from an empty state vector and answers it as a fresh Y.Doc. */
export async function pulledDoc(
  server: TestServer,
  id: string,
  who?: TestAccount,
): Promise<{ doc: Y.Doc; stateVector: Uint8Array }> {
  const answer = await offlinePost(
    server,
    'pull',
    [{ id, stateVector: b64(new Uint8Array([0])) }],
    {
      ...(who ? { who } : {}),
    },
  );
  expect(answer.status).toBe(200);
  const [pulled] = (answer.body as OfflinePullView).documents;
  if (pulled === undefined) throw new Error(`${id} was not pulled`);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, bytes(pulled.update));
  return { doc, stateVector: bytes(pulled.stateVector) };
}

/** An offline edit of `doc`: its new title, as the update a client would push. */
export function retitled(doc: Y.Doc, title: string): Uint8Array {
  const before = Y.encodeStateVector(doc);
  const text = doc.getText(TITLE_FIELD);
  doc.transact(() => {
    text.delete(0, text.length);
    text.insert(0, title);
  });
  return Y.encodeStateAsUpdate(doc, before);
}

/** Creates a page in the seeded community as the admin (or `who`). */
export async function createPage(
  server: TestServer,
  id: string,
  title = id,
  who?: TestAccount,
): Promise<void> {
  const answer = await api(server, 'POST', '/api/communities/test/documents', {
    token: tokenOf(server, who),
    body: { id, title },
  });
  expect(answer.status).toBe(201);
}
