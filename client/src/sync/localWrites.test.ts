import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { registerLocalCopy, whenLocalWritesSettled, type LocalPersistence } from './localWrites.js';

/** A stand-in for y-indexeddb's database: transactions commit when the test says so. */
class FakeDatabase {
  readonly stored: Uint8Array[] = [];
  readonly pending: (() => void)[] = [];
  readonly options: unknown[] = [];

  transaction(_store: string, _mode: string, options: unknown) {
    this.options.push(options);
    const added: Uint8Array[] = [];
    const transaction = {
      oncomplete: null as (() => void) | null,
      onerror: null as (() => void) | null,
      onabort: null as (() => void) | null,
      error: null,
      objectStore: () => ({ add: (update: Uint8Array) => added.push(update) }),
    };
    this.pending.push(() => {
      this.stored.push(...added);
      transaction.oncomplete?.();
    });
    return transaction;
  }

  /** Commits every transaction started so far. */
  commitAll(): void {
    for (const commit of this.pending.splice(0)) commit();
  }
}

function openCopy(loaded = true) {
  const doc = new Y.Doc();
  const database = new FakeDatabase();
  let markLoaded: () => void = () => undefined;
  const whenSynced = new Promise<void>((resolve) => {
    markLoaded = resolve;
  });
  const persistence = {
    db: null as IDBDatabase | null,
    whenSynced,
  } satisfies LocalPersistence;
  const load = () => {
    persistence.db = database as unknown as IDBDatabase;
    markLoaded();
  };
  if (loaded) load();
  registerLocalCopy(doc, persistence, () => Y.encodeStateAsUpdate(doc));
  return { doc, database, load };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('whenLocalWritesSettled', () => {
  it('stores the whole state of each open document in a strict transaction and waits for it', async () => {
    const { doc, database } = openCopy();
    doc.getText('t').insert(0, 'unsynced words');
    let done = false;
    const settled = whenLocalWritesSettled(1000).then(() => (done = true));
    await tick();
    expect(done).toBe(false);
    database.commitAll();
    await settled;
    expect(database.options).toEqual([{ durability: 'strict' }]);
    const copy = new Y.Doc();
    for (const update of database.stored) Y.applyUpdate(copy, update);
    expect(copy.getText('t').toString()).toBe('unsynced words');
    doc.destroy();
    database.commitAll();
  });

  it('waits for a document still loading from IndexedDB', async () => {
    const { doc, database, load } = openCopy(false);
    let done = false;
    const settled = whenLocalWritesSettled(1000).then(() => (done = true));
    await tick();
    expect(database.pending).toHaveLength(0);
    load();
    await tick();
    database.commitAll();
    await settled;
    expect(done).toBe(true);
    doc.destroy();
    database.commitAll();
  });

  it('waits for the last writes of a document closed a moment ago', async () => {
    const { doc, database } = openCopy();
    doc.destroy();
    let done = false;
    const settled = whenLocalWritesSettled(1000).then(() => (done = true));
    await tick();
    expect(done).toBe(false);
    database.commitAll();
    await settled;
    expect(done).toBe(true);
  });

  it('gives up after the timeout when IndexedDB does not answer', async () => {
    const { doc, database } = openCopy();
    await expect(whenLocalWritesSettled(20)).rejects.toThrow(/not settled/);
    doc.destroy();
    database.commitAll();
  });

  it('resolves at once when nothing is open', async () => {
    await expect(whenLocalWritesSettled(20)).resolves.toBeUndefined();
  });
});
