import {
  getAll,
  OFFLINE_DB_NAME,
  STORES,
  type StoredDocument,
  type StoredOperation,
} from './offlineDb.js';

/**
 * How many pages with unsent edits and queued page changes this browser holds, whoever made them
 * (the sign-in page says they wait, without knowing yet who signs in). Zero when IndexedDB is
 * unavailable.
 */
export async function waitingWork(): Promise<number> {
  try {
    // Opening would create the database: not on a browser that has none (e.g. just wiped).
    const databases = await indexedDB.databases?.();
    if (databases !== undefined && !databases.some((d) => d.name === OFFLINE_DB_NAME)) return 0;
    const [documents, operations] = await Promise.all([
      getAll<StoredDocument>(STORES.documents),
      getAll<StoredOperation>(STORES.operations),
    ]);
    return documents.filter((d) => d.dirty && !d.orphaned).length + operations.length;
  } catch {
    return 0;
  }
}
