import type { OfflineManifestView } from '@kring/shared';
import type { ApiClient } from '../api/ApiClient.js';
import { ApiError, NETWORK_ERROR_CODE } from '../api/ApiError.js';
import { communityApiPath } from '../api/communities.js';
import { deleteLocalContent } from './localContent.js';
import { announceCreated } from './pendingCreates.js';
import {
  addRecord,
  deleteRecords,
  getAll,
  STORES,
  type QueuedOperation,
  type StoredDocument,
  type StoredOperation,
} from './offlineDb.js';
import type { SyncNoticeInput } from './syncNotices.js';

/** Queues a page change made offline; it is sent, in order, on the next sync. */
export async function enqueueOperation(
  slug: string,
  userId: string,
  operation: QueuedOperation,
): Promise<void> {
  const stored: StoredOperation = {
    ...operation,
    slug,
    userId,
    queuedAt: new Date().toISOString(),
  };
  await addRecord(STORES.operations, stored);
}

/** The operations waiting for `userId`, oldest first (all communities, or one). */
export async function queuedOperations(userId: string, slug?: string): Promise<StoredOperation[]> {
  const all =
    slug === undefined
      ? await getAll<StoredOperation>(STORES.operations)
      : await getAll<StoredOperation>(STORES.operations, 'slug', slug);
  return all.filter((op) => op.userId === userId).sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
}

/** The request a queued operation comes down to, once conflicts with the server are resolved. */
export interface ResolvedOperation {
  /** Null when nothing is left to send (a change to a page deleted meanwhile). */
  readonly request: {
    readonly method: 'POST' | 'PATCH' | 'DELETE';
    readonly path: string;
    readonly body?: unknown;
  } | null;
  readonly notice: SyncNoticeInput | null;
}

/**
 * Resolves a queued operation against the pages the server has now (`live`), the same way every
 * time: a page whose parent was deleted meanwhile goes to the top level; a change to a page deleted
 * meanwhile is dropped. Each resolved conflict comes with a notice.
 */
export function resolveOperation(
  op: StoredOperation,
  live: ReadonlySet<string>,
  titles: ReadonlyMap<string, string>,
): ResolvedOperation {
  const title = (id: string | null | undefined) => (id ? (titles.get(id) ?? '') : '');
  const documentPath = `/documents/${encodeURIComponent(op.documentId)}`;
  const parentGone = (parentId: string): SyncNoticeInput => ({
    kind: 'parent-gone',
    slug: op.slug,
    title: (op.kind === 'create' && op.title) || title(op.documentId),
    parent: title(parentId),
  });
  switch (op.kind) {
    case 'create': {
      const gone = op.parentId !== null && !live.has(op.parentId);
      // Template content was put into the page here; sending the template again would double it.
      const body = { id: op.documentId, title: op.title, parentId: gone ? null : op.parentId };
      return {
        request: { method: 'POST', path: `${communityApiPath(op.slug)}/documents`, body },
        notice: gone && op.parentId !== null ? parentGone(op.parentId) : null,
      };
    }
    case 'update': {
      if (!live.has(op.documentId)) {
        return {
          request: null,
          notice: { kind: 'deleted-elsewhere', slug: op.slug, title: title(op.documentId) },
        };
      }
      const change = { ...op.change };
      let notice: SyncNoticeInput | null = null;
      if (change.parentId && !live.has(change.parentId)) {
        notice = parentGone(change.parentId);
        change.parentId = null;
        delete change.position;
      }
      return { request: { method: 'PATCH', path: documentPath, body: change }, notice };
    }
    case 'delete':
      return { request: { method: 'DELETE', path: documentPath }, notice: null };
  }
}

/** What replaying a community's queue did. */
export interface ReplayResult {
  /** Operations the server took (or that were already done). */
  readonly sent: number;
  /** Conflicts resolved on the way, to show to the person. */
  readonly notices: readonly SyncNoticeInput[];
  /** True when the server could not be reached: the rest stays queued. */
  readonly interrupted: boolean;
}

/** True for failures that mean "try again later" rather than "this operation cannot be done". */
function isTransient(error: unknown): boolean {
  return (
    !(error instanceof ApiError) ||
    error.code === NETWORK_ERROR_CODE ||
    error.status >= 500 ||
    error.status === 401 ||
    error.status === 429
  );
}

/**
 * Sends a community's queued operations in the order they were made, each resolved against the
 * server's pages by {@link resolveOperation} (deleting a page that is already gone counts as
 * done). Stops at the first transient failure (offline, server down, signed out), keeping the
 * rest; an operation the server refuses for good is dropped with a notice.
 */
export async function replayOperations(
  client: ApiClient,
  slug: string,
  userId: string,
  manifest: OfflineManifestView,
  titles: ReadonlyMap<string, string>,
): Promise<ReplayResult> {
  const live = new Set(manifest.documents.map((document) => document.id));
  const notices: SyncNoticeInput[] = [];
  let sent = 0;
  for (const op of await queuedOperations(userId, slug)) {
    const { request, notice } = resolveOperation(op, live, titles);
    try {
      if (request !== null) {
        await client
          .request(request.method, request.path, {
            body: request.body,
            redirectOnUnauthenticated: false,
            localFallback: false,
          })
          .catch((error: unknown) => {
            // Already deleted by someone else: the goal is reached.
            const gone = error instanceof ApiError && error.status === 404;
            if (!(request.method === 'DELETE' && gone)) throw error;
          });
      }
      if (op.kind === 'create') live.add(op.documentId);
      if (op.kind === 'delete') {
        live.delete(op.documentId);
        await deleteLocalContent(op.documentId);
      }
      if (notice !== null) notices.push(notice);
      sent += 1;
    } catch (error) {
      if (isTransient(error)) return { sent, notices, interrupted: true };
      notices.push({ kind: 'refused', slug, title: titles.get(op.documentId) ?? '' });
    }
    if (op.seq !== undefined) await deleteRecords(STORES.operations, [op.seq]);
    if (op.kind === 'create') announceCreated(op.documentId);
  }
  return { sent, notices, interrupted: false };
}

/** Titles of a community's stored documents by id (for notices about queued operations). */
export async function storedTitles(slug: string): Promise<Map<string, string>> {
  const documents = await getAll<StoredDocument>(STORES.documents, 'slug', slug);
  return new Map(documents.map((document) => [document.id, document.view.title]));
}
