import { removeItem } from '../sync/localStore.js';
import { deleteLocalContent } from './localContent.js';
import { deleteOfflineDb, getAll, STORES, type StoredDocument } from './offlineDb.js';
import { OFFLINE_SYNC_LOCK } from './OfflineSync.js';

/** Prefix of every database and localStorage key Kring writes. */
const PREFIX = 'kring:';

/**
 * Removes everything Kring keeps in this browser: documents' content, the offline copies, queued
 * changes, notices and preferences (for a shared computer, at logout). The app shell stays in the
 * service worker's cache: it holds no one's data.
 */
export async function wipeLocalData(): Promise<void> {
  // Waits for a pass running in any tab, and keeps new ones out until everything is deleted.
  const locks = typeof navigator.locks === 'undefined' ? null : navigator.locks;
  if (locks === null) await wipe();
  else await locks.request(OFFLINE_SYNC_LOCK, wipe);
}

async function wipe(): Promise<void> {
  const known = await getAll<StoredDocument>(STORES.documents).catch(() => []);
  const names = new Set(known.map((document) => document.id));
  const listed = (await indexedDB.databases?.().catch(() => [])) ?? [];
  for (const database of listed) {
    if (database.name?.startsWith(PREFIX)) names.add(database.name.slice(PREFIX.length));
  }
  for (const id of names) await deleteLocalContent(id);
  await deleteOfflineDb().catch(() => undefined);
  for (const key of Object.keys(localStorage)) {
    if (key.startsWith(PREFIX)) removeItem(key);
  }
}
