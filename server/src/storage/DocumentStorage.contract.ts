import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { DocumentStorage } from './DocumentStorage.js';

/** Makes a fresh, empty storage; `reopen` opens the same data again after `close()`. */
export interface StorageFixture {
  readonly storage: DocumentStorage;
  reopen(): Promise<DocumentStorage>;
  cleanup(): Promise<void>;
}

function textUpdate(doc: Y.Doc, text: string): Uint8Array {
  let captured: Uint8Array | null = null;
  const capture = (update: Uint8Array) => (captured = update);
  doc.on('update', capture);
  doc.getText('t').insert(doc.getText('t').length, text);
  doc.off('update', capture);
  if (captured === null) throw new Error('no update produced');
  return captured;
}

function textOf(updates: Uint8Array[]): string {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return doc.getText('t').toString();
}

/**
 * The behaviour every {@link DocumentStorage} must have. Call it from each implementation's test
 * file with a factory for that implementation.
 */
export function describeStorageContract(
  name: string,
  createFixture: () => Promise<StorageFixture>,
): void {
  describe(`${name} fulfils the DocumentStorage contract`, () => {
    let fixture: StorageFixture;
    beforeEach(async () => {
      fixture = await createFixture();
    });
    afterEach(async () => {
      await fixture.cleanup();
    });

    it('returns an empty log for a document it has never seen', async () => {
      expect(await fixture.storage.loadUpdates('never-written')).toEqual([]);
    });

    it('returns appended updates in order, for that document only', async () => {
      const a = new Y.Doc();
      const b = new Y.Doc();
      await fixture.storage.appendUpdate('doc-a', textUpdate(a, 'hello'));
      await fixture.storage.appendUpdate('doc-b', textUpdate(b, 'other'));
      await fixture.storage.appendUpdate('doc-a', textUpdate(a, ' world'));
      expect(textOf(await fixture.storage.loadUpdates('doc-a'))).toBe('hello world');
      expect(textOf(await fixture.storage.loadUpdates('doc-b'))).toBe('other');
      expect(await fixture.storage.listDocumentIds()).toEqual(['doc-a', 'doc-b']);
    });

    it('keeps a document whose id is a prefix of another apart from it', async () => {
      await fixture.storage.appendUpdate('doc', textUpdate(new Y.Doc(), 'short'));
      await fixture.storage.appendUpdate('doc-2', textUpdate(new Y.Doc(), 'long'));
      expect(textOf(await fixture.storage.loadUpdates('doc'))).toBe('short');
    });

    it('stores every one of many concurrent appends', async () => {
      const doc = new Y.Doc();
      const updates = Array.from({ length: 200 }, (_, i) => textUpdate(doc, `${i % 10}`));
      await Promise.all(updates.map((update) => fixture.storage.appendUpdate('busy', update)));
      expect(await fixture.storage.countUpdates('busy')).toBe(200);
      expect(textOf(await fixture.storage.loadUpdates('busy'))).toBe(doc.getText('t').toString());
    });

    it('compacts a log into one entry with the same content, keeping later appends', async () => {
      const doc = new Y.Doc();
      for (let i = 0; i < 20; i++) await fixture.storage.appendUpdate('c', textUpdate(doc, 'x'));
      const compaction = fixture.storage.compact('c');
      const during = fixture.storage.appendUpdate('c', textUpdate(doc, 'y'));
      expect(await compaction).toBe(20);
      await during;
      expect(await fixture.storage.countUpdates('c')).toBeLessThanOrEqual(2);
      expect(textOf(await fixture.storage.loadUpdates('c'))).toBe('x'.repeat(20) + 'y');
    });

    it('deletes one document for good, leaving the others', async () => {
      const doc = new Y.Doc();
      await fixture.storage.appendUpdate('gone', textUpdate(doc, 'bye'));
      await fixture.storage.appendUpdate('gone-not', textUpdate(new Y.Doc(), 'stays'));
      await fixture.storage.deleteDocument('gone');
      expect(await fixture.storage.loadUpdates('gone')).toEqual([]);
      expect(await fixture.storage.listDocumentIds()).toEqual(['gone-not']);
      await fixture.storage.appendUpdate('gone', textUpdate(new Y.Doc(), 'new'));
      expect(textOf(await fixture.storage.loadUpdates('gone'))).toBe('new');
    });

    it('keeps everything that was acknowledged across close and reopen', async () => {
      const doc = new Y.Doc();
      await fixture.storage.appendUpdate('kept', textUpdate(doc, 'durable'));
      await fixture.storage.compact('kept');
      await fixture.storage.appendUpdate('kept', textUpdate(doc, ' text'));
      await fixture.storage.close();
      const reopened = await fixture.reopen();
      expect(textOf(await reopened.loadUpdates('kept'))).toBe('durable text');
      await reopened.appendUpdate('kept', textUpdate(doc, '!'));
      expect(textOf(await reopened.loadUpdates('kept'))).toBe('durable text!');
    });

    it('exports a snapshot that rebuilds the same documents, unaffected by later writes', async () => {
      const a = new Y.Doc();
      const b = new Y.Doc();
      await fixture.storage.appendUpdate('doc-a', textUpdate(a, 'alpha'));
      await fixture.storage.appendUpdate('doc-b', textUpdate(b, 'beta'));
      const exported = fixture.storage.exportUpdates()[Symbol.asyncIterator]();
      const first = await exported.next();
      await fixture.storage.appendUpdate('doc-b', textUpdate(b, ' later'));
      const records = first.done ? [] : [first.value];
      for (let next = await exported.next(); !next.done; next = await exported.next()) {
        records.push(next.value);
      }
      const byDocument = new Map<string, Uint8Array[]>();
      for (const { documentId, update } of records) {
        byDocument.set(documentId, [...(byDocument.get(documentId) ?? []), update]);
      }
      expect([...byDocument.keys()]).toEqual(['doc-a', 'doc-b']);
      expect(textOf(byDocument.get('doc-a')!)).toBe('alpha');
      expect(textOf(byDocument.get('doc-b')!)).toBe('beta');
    });

    it('refuses work after close', async () => {
      await fixture.storage.close();
      expect(() => fixture.storage.appendUpdate('x', new Uint8Array([0, 0]))).toThrow(/closed/);
    });
  });
}
