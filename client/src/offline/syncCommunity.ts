import type { DocumentView, OfflineManifestView } from '@kring/shared';
import type { ApiClient } from '../api/ApiClient.js';
import { ApiError } from '../api/ApiError.js';
import { communityApiPath } from '../api/communities.js';
import { deleteLocalContent } from './localContent.js';
import {
  getAll,
  getRecord,
  putRecords,
  STORES,
  transact,
  updateRecord,
  type StoredCommunity,
  type StoredDocument,
} from './offlineDb.js';
import { queuedOperations, replayOperations, storedTitles } from './operationQueue.js';
import type { SyncNoticeInput } from './syncNotices.js';
import { pullDocuments, pushDocuments } from './transferContent.js';
import { openDocumentIds } from './watchOpenDocument.js';

/** Progress of one community's sync: documents brought up to date out of those that needed it. */
export interface SyncProgress {
  readonly done: number;
  readonly total: number;
}

/** How one community's sync ended. */
export type SyncOutcome =
  | { readonly kind: 'synced'; readonly notices: readonly SyncNoticeInput[] }
  /** The server says this person is not a member any more (or the community is gone). */
  | { readonly kind: 'revoked' }
  | { readonly kind: 'unauthenticated' }
  /** Network or server trouble: try again later. */
  | { readonly kind: 'unreachable' };

/** Options of {@link syncCommunity}. */
export interface SyncCommunityOptions {
  readonly userId: string;
  /** Brought up to date first (the document open on the screen). */
  readonly priorityId?: string | null;
  /** Report "changed while you were away" for pages others changed since the last sync. */
  readonly reportAway: boolean;
  readonly onProgress: (progress: SyncProgress) => void;
}

function fetchManifest(
  client: ApiClient,
  slug: string,
  known: StoredCommunity | undefined,
): Promise<OfflineManifestView> {
  const query =
    known?.epoch === null || known === undefined ? {} : { epoch: known.epoch, since: known.clock };
  return client.get<OfflineManifestView>(`${communityApiPath(slug)}/offline`, {
    query,
    redirectOnUnauthenticated: false,
  });
}

function classify(error: unknown): SyncOutcome {
  if (error instanceof ApiError && error.status === 401) return { kind: 'unauthenticated' };
  if (error instanceof ApiError && (error.status === 404 || error.status === 403)) {
    return { kind: 'revoked' };
  }
  return { kind: 'unreachable' };
}

/** The server's list, with titles kept from this browser where it holds newer, unsent edits. */
function withLocalTitles(
  views: readonly DocumentView[],
  local: ReadonlyMap<string, StoredDocument>,
): Map<string, DocumentView> {
  return new Map(
    views.map((view) => {
      const mine = local.get(view.id);
      return [view.id, mine?.dirty ? { ...view, title: mine.view.title } : view];
    }),
  );
}

/** The view a stored record gets from the server's `view` (its title kept when it has one). */
function withServerView(record: StoredDocument, view: DocumentView): StoredDocument {
  return { ...record, view: { ...view, title: record.view.title || view.title } };
}

/** True when two views hold the same values (both plain JSON; a different order only costs a write). */
function sameView(a: DocumentView, b: DocumentView): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * In one transaction over the community's records: gives each the server's metadata where it
 * differs, marks those gone from the server while holding local edits as orphaned (`onKept`), and
 * deletes the others that are gone (unless `keep`, a page created here and not yet sent). Only
 * records whose outcome is not known from `known` (what this pass read or wrote) are read again,
 * so a pass that changes nothing reads keys only. Resolves with the deleted ids.
 */
function updateMetadata(
  slug: string,
  views: ReadonlyMap<string, DocumentView>,
  known: (id: string) => StoredDocument | undefined,
  { keep, onKept }: { keep: (id: string) => boolean; onKept: (record: StoredDocument) => void },
): Promise<string[]> {
  return transact(STORES.documents, 'readwrite', async (tx) => {
    const store = tx.objectStore(STORES.documents);
    const ids = (await result(store.index('slug').getAllKeys(slug))) as string[];
    const removed: string[] = [];
    const reads: Promise<void>[] = [];
    for (const id of ids) {
      const view = views.get(id);
      const seen = known(id);
      if (
        view !== undefined &&
        seen !== undefined &&
        sameView(withServerView(seen, view).view, seen.view)
      ) {
        continue;
      }
      reads.push(
        result(store.get(id) as IDBRequest<StoredDocument | undefined>).then((record) => {
          if (record === undefined) return;
          if (view !== undefined) {
            const updated = withServerView(record, view);
            if (!sameView(updated.view, record.view)) store.put(updated);
          } else if (record.dirty || record.orphaned) {
            if (!record.orphaned) {
              onKept(record);
              store.put({ ...record, orphaned: true });
            }
          } else if (!keep(record.id)) {
            store.delete(record.id);
            removed.push(record.id);
          }
        }),
      );
    }
    await Promise.all(reads);
    return removed;
  });
}

function result<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

/**
 * Brings one community's offline copy up to date: sends the page changes queued here, then the
 * edits made here, then fetches what changed on the server (the document `priorityId` first), in
 * batches. A document that vanished from the server while it held local edits is kept on this
 * device and reported.
 */
export async function syncCommunity(
  client: ApiClient,
  slug: string,
  options: SyncCommunityOptions,
): Promise<SyncOutcome> {
  const known = await getRecord<StoredCommunity>(STORES.communities, slug);
  const previous = known?.userId === options.userId ? known : undefined;
  const notices: SyncNoticeInput[] = [];
  try {
    let manifest = await fetchManifest(client, slug, previous);
    // Reading every record of a community is the costly part of a pass that finds little to do
    // (their text is hundreds of kilobytes): it is read once when nothing was queued here.
    const queued = (await queuedOperations(options.userId, slug)).length > 0;
    const replay = queued
      ? await replayOperations(client, slug, options.userId, manifest, await storedTitles(slug))
      : { sent: 0, notices: [], interrupted: false };
    notices.push(...replay.notices);
    if (replay.interrupted) return { kind: 'unreachable' };

    const before = await getAll<StoredDocument>(STORES.documents, 'slug', slug);
    // A page open in this tab sends its edits over its own connection.
    const dirty = before.filter(
      (document) => document.dirty && !document.orphaned && !openDocumentIds.has(document.id),
    );
    if (dirty.length > 0) {
      const pushed = await pushDocuments(
        client,
        slug,
        dirty.map((document) => document.id),
      );
      const savedIds = new Set(pushed.saved.map((document) => document.id));
      for (const refusal of pushed.refused) {
        const title = before.find((document) => document.id === refusal.id)?.view.title ?? '';
        notices.push({ kind: 'kept-locally', slug, title, documentId: refusal.id });
      }
      const refusedIds = new Set(pushed.refused.map((refusal) => refusal.id));
      await putRecords(
        STORES.documents,
        dirty
          .filter((document) => savedIds.has(document.id) || refusedIds.has(document.id))
          .map((document) => ({
            ...document,
            dirty: false,
            orphaned: refusedIds.has(document.id),
          })),
      );
    }
    const sent = replay.sent > 0 || dirty.length > 0;
    if (sent) manifest = await fetchManifest(client, slug, previous);

    const local = new Map(
      (sent ? await getAll<StoredDocument>(STORES.documents, 'slug', slug) : before).map((d) => [
        d.id,
        d,
      ]),
    );
    const views = withLocalTitles(manifest.documents, local);
    const changed = new Set(manifest.changed);
    const needed = manifest.documents
      .filter((view) => changed.has(view.id) || local.get(view.id)?.serverStateVector == null)
      .map((view) => ({
        id: view.id,
        serverStateVector: local.get(view.id)?.serverStateVector ?? null,
      }))
      .sort((a, b) => Number(b.id === options.priorityId) - Number(a.id === options.priorityId));
    let done = 0;
    const stored = new Map<string, StoredDocument>();
    options.onProgress({ done, total: needed.length });
    // Pages whose content the server changed since the last pass (not only their "last changed").
    const contentChanged = new Set<string>();
    await pullDocuments(client, slug, needed, async (pulled) => {
      for (const content of pulled) {
        if (local.get(content.id)?.serverStateVector !== content.serverStateVector) {
          contentChanged.add(content.id);
        }
      }
      const records = pulled.map((content) => {
        const view = views.get(content.id);
        const mine = local.get(content.id);
        const record: StoredDocument = {
          id: content.id,
          slug,
          view: view === undefined ? mine!.view : { ...view, title: content.title || view.title },
          text: content.text,
          serverStateVector: content.serverStateVector,
          dirty: mine?.dirty ?? false,
          orphaned: false,
        };
        return record;
      });
      await putRecords(STORES.documents, records);
      for (const record of records) stored.set(record.id, record);
      done += pulled.length;
      options.onProgress({ done, total: needed.length });
    });

    // Metadata of the pages whose content did not change (moves, tags) and pages that are gone.
    const stillQueued = new Set(
      (await queuedOperations(options.userId, slug))
        .filter((op) => op.kind === 'create')
        .map((op) => op.documentId),
    );
    const removed = await updateMetadata(slug, views, (id) => stored.get(id) ?? local.get(id), {
      keep: (id) => stillQueued.has(id),
      onKept: (record) =>
        notices.push({
          kind: 'kept-locally',
          slug,
          title: record.view.title,
          documentId: record.id,
        }),
    });
    for (const id of removed) await deleteLocalContent(id);

    if (options.reportAway && previous?.syncedAt) {
      const pages = manifest.documents
        .filter((view) => contentChanged.has(view.id) && view.updatedBy?.id !== options.userId)
        .map((view) => ({ id: view.id, title: views.get(view.id)?.title ?? view.title }));
      if (pages.length > 0) {
        notices.push({
          kind: 'changed-while-away',
          slug,
          community: manifest.community.name,
          pages,
        });
      }
    }
    const record: StoredCommunity = {
      slug,
      userId: options.userId,
      community: manifest.community,
      members: manifest.members,
      templates: manifest.templates,
      epoch: manifest.epoch,
      clock: manifest.clock,
      syncedAt: new Date().toISOString(),
      revoked: false,
    };
    await putRecords(STORES.communities, [record]);
    return { kind: 'synced', notices };
  } catch (error) {
    const outcome = classify(error);
    if (outcome.kind === 'revoked' && previous !== undefined) {
      await updateRecord<StoredCommunity>(STORES.communities, slug, (current) =>
        current === undefined ? undefined : { ...current, revoked: true },
      );
    }
    return outcome;
  }
}
