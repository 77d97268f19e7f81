import type {
  CommunityView,
  DocumentView,
  MemberView,
  OfflineTemplateView,
  UpdateDocumentRequest,
} from '@kring/shared';

/** Name of the IndexedDB database with the offline copies' metadata (content: y-indexeddb). */
export const OFFLINE_DB_NAME = 'kring-offline';
const VERSION = 1;

/** What this browser keeps of one community made available offline. */
export interface StoredCommunity {
  readonly slug: string;
  /** Whose copy it is: another person signing in here never sees it. */
  readonly userId: string;
  readonly community: CommunityView;
  readonly members: readonly MemberView[];
  readonly templates: readonly OfflineTemplateView[];
  /** The server's change clock as of the last complete sync; null before the first. */
  readonly epoch: string | null;
  readonly clock: number;
  /** When the last sync completed (ISO), or null. */
  readonly syncedAt: string | null;
  /** The server no longer lets this person in (removed from the community while away). */
  readonly revoked: boolean;
}

/** One document of an offline community: its metadata and text for search. */
export interface StoredDocument {
  readonly id: string;
  readonly slug: string;
  readonly view: DocumentView;
  /** Plain text of the body (one line per block), for offline search. */
  readonly text: string;
  /** Base64 of the server's state vector as last pulled or pushed; null before the first pull. */
  readonly serverStateVector: string | null;
  /** Edited in this browser since the server last confirmed it has everything. */
  readonly dirty: boolean;
  /** Gone from the server's list (deleted or closed to this person) while it held local edits. */
  readonly orphaned: boolean;
}

/** A page change made offline, waiting to be sent. Applied in `seq` order. */
export type QueuedOperation =
  | {
      readonly kind: 'create';
      readonly documentId: string;
      readonly title: string;
      readonly parentId: string | null;
      readonly templateId: string | null;
    }
  | { readonly kind: 'update'; readonly documentId: string; readonly change: UpdateDocumentRequest }
  | { readonly kind: 'delete'; readonly documentId: string };

/** A queued operation as stored. */
export type StoredOperation = QueuedOperation & {
  readonly seq?: number;
  readonly slug: string;
  readonly userId: string;
  readonly queuedAt: string;
};

/** Object store names. */
export const STORES = {
  communities: 'communities',
  documents: 'documents',
  operations: 'operations',
} as const;
type StoreName = (typeof STORES)[keyof typeof STORES];

let opening: Promise<IDBDatabase> | null = null;
/** Set by a wipe: nothing may create the database again until someone signs in. */
let removed = false;

/** Lets the database be opened (and created) again after a wipe: someone signed in. */
export function allowOfflineDb(): void {
  removed = false;
}

function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

/** Opens (and on first use creates) the offline database; the connection is shared. */
export function openOfflineDb(): Promise<IDBDatabase> {
  if (removed) return Promise.reject(new Error('Offline copies were removed from this browser'));
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(OFFLINE_DB_NAME, VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      db.createObjectStore(STORES.communities, { keyPath: 'slug' });
      const documents = db.createObjectStore(STORES.documents, { keyPath: 'id' });
      documents.createIndex('slug', 'slug');
      const operations = db.createObjectStore(STORES.operations, {
        keyPath: 'seq',
        autoIncrement: true,
      });
      operations.createIndex('slug', 'slug');
    };
    request.onsuccess = () => {
      const db = request.result;
      // Another tab deletes the database (wipe on logout): let it, and reopen next time.
      db.onversionchange = () => {
        db.close();
        opening = null;
      };
      resolve(db);
    };
    request.onerror = () => {
      opening = null;
      reject(request.error ?? new Error('IndexedDB unavailable'));
    };
    request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  });
  return opening;
}

/** Runs `work` in one transaction over `stores`; resolves with its result once committed. */
export async function transact<T>(
  stores: StoreName | readonly StoreName[],
  mode: IDBTransactionMode,
  work: (tx: IDBTransaction) => Promise<T> | T,
): Promise<T> {
  const db = await openOfflineDb();
  const tx = db.transaction(stores as StoreName | StoreName[], mode);
  const done = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
  });
  const result = await work(tx);
  await done;
  return result;
}

/** One record by key, or undefined. */
export function getRecord<T>(store: StoreName, key: IDBValidKey): Promise<T | undefined> {
  return transact(store, 'readonly', (tx) =>
    requestResult(tx.objectStore(store).get(key) as IDBRequest<T | undefined>),
  );
}

/** Every record of a store, or those whose `index` equals `value`. */
export function getAll<T>(store: StoreName, index?: string, value?: IDBValidKey): Promise<T[]> {
  return transact(store, 'readonly', (tx) => {
    const source = index === undefined ? tx.objectStore(store) : tx.objectStore(store).index(index);
    return requestResult(
      (value === undefined ? source.getAll() : source.getAll(value)) as IDBRequest<T[]>,
    );
  });
}

/** Writes records (one transaction). */
export function putRecords(store: StoreName, records: readonly unknown[]): Promise<void> {
  return transact(store, 'readwrite', (tx) => {
    for (const record of records) tx.objectStore(store).put(record);
  });
}

/** Deletes records by key (one transaction). */
export function deleteRecords(store: StoreName, keys: readonly IDBValidKey[]): Promise<void> {
  return transact(store, 'readwrite', (tx) => {
    for (const key of keys) tx.objectStore(store).delete(key);
  });
}

/** Adds a record to an auto-numbered store; resolves with its key. */
export function addRecord(store: StoreName, record: unknown): Promise<IDBValidKey> {
  return transact(store, 'readwrite', (tx) => requestResult(tx.objectStore(store).add(record)));
}

/** Reads, changes and writes one record atomically; `change` returns undefined to delete it. */
export function updateRecord<T>(
  store: StoreName,
  key: IDBValidKey,
  change: (current: T | undefined) => T | undefined,
): Promise<T | undefined> {
  return transact(store, 'readwrite', async (tx) => {
    const objects = tx.objectStore(store);
    const next = change((await requestResult(objects.get(key))) as T | undefined);
    if (next === undefined) objects.delete(key);
    else objects.put(next);
    return next;
  });
}

/** Closes the shared connection and deletes the whole database (logout on a shared computer). */
export async function deleteOfflineDb(): Promise<void> {
  removed = true;
  if (opening !== null) {
    const db = await opening.catch(() => null);
    db?.close();
    opening = null;
  }
  await requestResult(indexedDB.deleteDatabase(OFFLINE_DB_NAME));
}
