import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { addedInTransaction, addedInUpdate } from './addedContent.js';

describe('added content', () => {
  it('counts the characters and items a change adds, not what it deletes', () => {
    const doc = new Y.Doc();
    const [text, array] = [doc.getText('t'), doc.getArray('a')];
    const seen: number[] = [];
    doc.on('afterTransaction', (transaction: Y.Transaction) => {
      seen.push(addedInTransaction(transaction));
    });
    text.insert(0, 'hallo');
    text.delete(0, 2);
    array.push([1, 2]);
    expect(seen).toEqual([5, 0, 2]);
  });

  it('reads the same amount from an update, counting only what is new to the receiver', () => {
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'eerste');
    const before = Y.encodeStateVector(doc);
    doc.getText('t').insert(6, ' tweede');
    expect(addedInUpdate(Y.encodeStateAsUpdate(doc))).toBe(13);
    expect(addedInUpdate(Y.encodeStateAsUpdate(doc, before))).toBe(7);
  });
});
