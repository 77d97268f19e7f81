import * as Y from 'yjs';
import {
  OFFLINE_BATCH_DOCUMENTS,
  OFFLINE_BATCH_MAX_BYTES,
  TITLE_FIELD,
  type OfflinePullView,
  type OfflinePushView,
} from '@kring/shared';
import type { ApiClient } from '../api/ApiClient.js';
import { communityApiPath } from '../api/communities.js';
import { parseStateVector, serializeStateVector } from '../sync/savedState.js';
import { fromBase64, toBase64 } from './base64.js';
import { documentPlainText } from './documentPlainText.js';
import { readSavedState, withLocalDocument, writeSavedState } from './localContent.js';
import type { StoredDocument } from './offlineDb.js';

/** Updates larger than this go alone in a push request (and, beyond the batch limit, not at all). */
const PUSH_BYTES_PER_REQUEST = OFFLINE_BATCH_MAX_BYTES / 2;
/** A batch carries up to 8 MiB: on a slow connection that takes longer than an ordinary request. */
const OFFLINE_BATCH_TIMEOUT_MS = 120_000;

/** Splits `items` into runs of at most {@link OFFLINE_BATCH_DOCUMENTS}. */
export function batches<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += OFFLINE_BATCH_DOCUMENTS) {
    result.push(items.slice(start, start + OFFLINE_BATCH_DOCUMENTS));
  }
  return result;
}

/** Records the server's state vector as "saved" for a document (what DocumentSession reads). */
function rememberServerState(id: string, stateVector: string): void {
  writeSavedState(id, serializeStateVector(Y.decodeStateVector(fromBase64(stateVector))));
}

/** What a pulled document now holds locally. */
export interface PulledContent {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly serverStateVector: string;
}

/**
 * Fetches what this browser lacks of `documents` (one request per batch) and stores it in their
 * local copies. Calls `onStored` after each batch. Ids the server no longer shows are returned.
 */
export async function pullDocuments(
  client: ApiClient,
  slug: string,
  documents: readonly Pick<StoredDocument, 'id' | 'serverStateVector'>[],
  onStored: (pulled: readonly PulledContent[]) => Promise<void>,
): Promise<string[]> {
  const missing: string[] = [];
  const empty = toBase64(Y.encodeStateVector(new Y.Doc()));
  for (const batch of batches(documents)) {
    const answer = await client.post<OfflinePullView>(
      `${communityApiPath(slug)}/offline/pull`,
      {
        documents: batch.map((document) => ({
          id: document.id,
          stateVector: document.serverStateVector ?? empty,
        })),
      },
      { redirectOnUnauthenticated: false, timeoutMs: OFFLINE_BATCH_TIMEOUT_MS },
    );
    missing.push(...answer.missing);
    const pulled: PulledContent[] = [];
    for (const document of answer.documents) {
      const content = await withLocalDocument(document.id, (doc) => {
        Y.applyUpdate(doc, fromBase64(document.update), 'offline-sync');
        return { title: doc.getText(TITLE_FIELD).toString(), text: documentPlainText(doc).body };
      });
      rememberServerState(document.id, document.stateVector);
      pulled.push({ id: document.id, ...content, serverStateVector: document.stateVector });
    }
    await onStored(pulled);
  }
  return missing;
}

/** What pushing local edits did. */
export interface PushResult {
  readonly saved: readonly { readonly id: string; readonly stateVector: string }[];
  readonly refused: OfflinePushView['refused'];
}

/** The local edits of a document the server has not confirmed: an update against its saved state. */
async function localEdits(id: string, whole: boolean): Promise<{ id: string; update: string }> {
  return withLocalDocument(id, (doc) => {
    const saved = whole ? null : parseStateVector(readSavedState(id));
    const update =
      saved === null
        ? Y.encodeStateAsUpdate(doc)
        : Y.encodeStateAsUpdate(doc, Y.encodeStateVector(new Map(saved)));
    return { id, update: toBase64(update) };
  });
}

/**
 * Sends the edits made here to `ids` (batched by count and size); the server answers once they are
 * on its disk, and the "saved" marker of each document moves on.
 */
export async function pushDocuments(
  client: ApiClient,
  slug: string,
  ids: readonly string[],
): Promise<PushResult> {
  const first = await pushOnce(client, slug, ids, false);
  // The server refuses an update that builds on changes it never got (its "saved" state was
  // older than this browser thought): the whole state always applies.
  const retry = first.refused.filter((r) => r.reason === 'invalid').map((r) => r.id);
  if (retry.length === 0) return first;
  const second = await pushOnce(client, slug, retry, true);
  return {
    saved: [...first.saved, ...second.saved],
    refused: [...first.refused.filter((r) => r.reason !== 'invalid'), ...second.refused],
  };
}

async function pushOnce(
  client: ApiClient,
  slug: string,
  ids: readonly string[],
  whole: boolean,
): Promise<PushResult> {
  const saved: { id: string; stateVector: string }[] = [];
  const refused: { id: string; reason: OfflinePushView['refused'][number]['reason'] }[] = [];
  let batch: { id: string; update: string }[] = [];
  let bytes = 0;
  const send = async () => {
    if (batch.length === 0) return;
    const answer = await client.post<OfflinePushView>(
      `${communityApiPath(slug)}/offline/push`,
      { documents: batch },
      { redirectOnUnauthenticated: false, timeoutMs: OFFLINE_BATCH_TIMEOUT_MS },
    );
    for (const document of answer.saved) rememberServerState(document.id, document.stateVector);
    saved.push(...answer.saved);
    refused.push(...answer.refused);
    batch = [];
    bytes = 0;
  };
  for (const id of ids) {
    const edits = await localEdits(id, whole);
    if (edits.update.length > OFFLINE_BATCH_MAX_BYTES - 1024) {
      refused.push({ id, reason: 'too_large' });
      continue;
    }
    if (
      batch.length >= OFFLINE_BATCH_DOCUMENTS ||
      bytes + edits.update.length > PUSH_BYTES_PER_REQUEST
    ) {
      await send();
    }
    batch.push({ id, update: edits.update });
    bytes += edits.update.length;
  }
  await send();
  return { saved, refused };
}
