// Types only: this module is on the first screen (the update notice), which does not load Yjs.
import type * as Y from 'yjs';

/**
 * What this module needs of a document's y-indexeddb persistence (an `IndexeddbPersistence`):
 * its database once open, and the promise that resolves once its first load is done.
 */
export interface LocalPersistence {
  /** The open database; null until y-indexeddb has opened it. */
  readonly db: IDBDatabase | null;
  /** Resolves once the database is open and the stored updates are applied (and the state kept). */
  readonly whenSynced: Promise<unknown>;
}

/** y-indexeddb's object store of Yjs updates (one entry per update, auto-incremented keys). */
const UPDATES_STORE = 'updates';

/** How long {@link whenLocalWritesSettled} waits by default before it gives up, in ms. */
export const SETTLE_TIMEOUT_MS = 10_000;

interface OpenCopy {
  /** The document's whole state as one Yjs update. */
  readonly encodeState: () => Uint8Array;
  readonly persistence: LocalPersistence;
  /** Resolves when the document was destroyed and its last writes have settled. */
  readonly released: Promise<'released'>;
}

/** Documents open in this tab. */
const openCopies = new Set<OpenCopy>();
/** Barriers of documents closed recently, until their last writes are committed. */
const closingWrites = new Set<Promise<void>>();

/**
 * One readwrite transaction on the updates store that resolves when it commits. IndexedDB runs
 * readwrite transactions of one store in the order they were created, so once it commits, every
 * write y-indexeddb started before it has committed too. With `update`, that update is stored as
 * well (strict durability: on disk, not only in the browser's memory).
 */
export function commitBarrier(db: IDBDatabase, update: Uint8Array | null): Promise<void> {
  return new Promise((resolve, reject) => {
    const transaction = db.transaction(UPDATES_STORE, 'readwrite', { durability: 'strict' });
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB write failed'));
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB write aborted'));
    if (update !== null) transaction.objectStore(UPDATES_STORE).add(update);
  });
}

function settled(promise: Promise<void>): Promise<void> {
  return promise.then(
    () => undefined,
    () => undefined,
  );
}

/**
 * Registers a document open in this tab with its y-indexeddb persistence, so that
 * {@link whenLocalWritesSettled} covers it. It leaves the registry by itself when the Y.Doc is
 * destroyed; until its last writes are committed, it is still waited for.
 */
export function registerLocalCopy(
  doc: Y.Doc,
  persistence: LocalPersistence,
  encodeState: () => Uint8Array,
): void {
  let release: () => void = () => undefined;
  const released = new Promise<'released'>((resolve) => {
    release = () => resolve('released');
  });
  const copy: OpenCopy = { encodeState, persistence, released };
  openCopies.add(copy);
  doc.once('destroy', () => {
    openCopies.delete(copy);
    // y-indexeddb closes its connection a moment after the doc is destroyed; a transaction created
    // now still runs. A failure here (the copy is being deleted) is nothing to wait for.
    const db = persistence.db;
    let barrier = Promise.resolve();
    if (db !== null) {
      try {
        barrier = settled(commitBarrier(db, null));
      } catch {
        // The connection is already closed: its transactions have finished.
      }
    }
    closingWrites.add(barrier);
    void barrier.then(() => {
      closingWrites.delete(barrier);
      release();
    });
  });
}

async function settleCopy(copy: OpenCopy): Promise<void> {
  const loaded = copy.persistence.whenSynced.then(() => 'loaded' as const);
  if ((await Promise.race([loaded, copy.released])) === 'released') return;
  try {
    const db = copy.persistence.db;
    if (db === null) throw new Error('IndexedDB is not open');
    // The whole state, not only the last updates: whatever became of earlier writes, it suffices.
    await commitBarrier(db, copy.encodeState());
  } catch (error) {
    // Closed meanwhile: its closing barrier covers it.
    if (!openCopies.has(copy)) await copy.released;
    else throw error;
  }
}

/** How many documents are open in this tab (for deciding whether an update may apply by itself). */
export function openLocalCopies(): number {
  return openCopies.size;
}

/**
 * Resolves once every change made before the call to a document open in this tab (or closed a
 * moment ago) is committed to IndexedDB, so a reload cannot lose it. For an open document it
 * waits for its first load, then stores the document's whole state in one transaction with strict
 * durability; that transaction also comes after every write y-indexeddb started before it.
 *
 * @throws when IndexedDB fails or does not answer within `timeoutMs`: then a reload is not safe.
 */
export async function whenLocalWritesSettled(timeoutMs = SETTLE_TIMEOUT_MS): Promise<void> {
  const work = Promise.all([...[...openCopies].map(settleCopy), ...closingWrites]);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new Error(`local writes not settled within ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  try {
    await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
