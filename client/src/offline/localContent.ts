import * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import { readItem, removeItem, writeItem } from '../sync/localStore.js';
import { commitBarrier } from '../sync/localWrites.js';
import { savedStateKey } from '../sync/savedState.js';

/** Name of the y-indexeddb database holding a document's content (as DocumentSession opens it). */
export function contentDbName(id: string): string {
  return `kring:${id}`;
}

/**
 * Opens this browser's copy of a document, runs `work` on it (updates it applies are stored) and
 * closes it once those writes are committed. The same storage an open editor uses, so a document
 * synced here opens offline with its content.
 */
export async function withLocalDocument<T>(
  id: string,
  work: (doc: Y.Doc) => T | Promise<T>,
): Promise<T> {
  const doc = new Y.Doc();
  const persistence = new IndexeddbPersistence(contentDbName(id), doc);
  try {
    await persistence.whenSynced;
    const result = await work(doc);
    // Every write y-indexeddb started for `work` is committed once this barrier is.
    if (persistence.db !== null) await commitBarrier(persistence.db, null);
    return result;
  } finally {
    await persistence.destroy();
    doc.destroy();
  }
}

/** Deletes this browser's copy of a document's content and its saved marker. */
export async function deleteLocalContent(id: string): Promise<void> {
  removeItem(savedStateKey(id));
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(contentDbName(id));
    request.onsuccess = () => resolve();
    // A blocked or failed delete leaves a copy behind; the next wipe tries again.
    request.onerror = () => resolve();
    request.onblocked = () => resolve();
  });
}

/** The server's durable state vector as last known here (serialised), or null. */
export function readSavedState(id: string): string | null {
  return readItem(savedStateKey(id));
}

/** Records the server's durable state vector (serialised the way DocumentSession reads it). */
export function writeSavedState(id: string, serialised: string): void {
  writeItem(savedStateKey(id), serialised);
}
