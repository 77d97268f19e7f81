import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { fromBase64, isUpdate, lacksHistory, strictStateVector, toBase64 } from './yjsBytes.js';

function typed(doc: Y.Doc, text: string): Uint8Array {
  const before = Y.encodeStateVector(doc);
  doc.getText('t').insert(doc.getText('t').length, text);
  return Y.encodeStateAsUpdate(doc, before);
}

describe('offline Yjs bytes', () => {
  it('round-trips base64', () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 251, 255]);
    expect(fromBase64(toBase64(bytes))).toEqual(bytes);
    expect(toBase64(bytes.subarray(3))).toBe(Buffer.from([250, 251, 255]).toString('base64'));
  });

  it('accepts exact state vectors only', () => {
    const doc = new Y.Doc();
    typed(doc, 'hello');
    const vector = Y.encodeStateVector(doc);
    expect(strictStateVector(vector)).toBe(vector);
    expect(strictStateVector(new Uint8Array([0]))).not.toBeNull();
    expect(strictStateVector(new Uint8Array([...vector, 7]))).toBeNull();
    expect(strictStateVector(new Uint8Array([5, 1]))).toBeNull();
    expect(strictStateVector(new Uint8Array())).toBeNull();
  });

  it('tells updates from garbage', () => {
    expect(isUpdate(typed(new Y.Doc(), 'x'))).toBe(true);
    expect(isUpdate(new TextEncoder().encode('garbage!'))).toBe(false);
  });

  it('finds updates that build on changes the other side lacks', () => {
    const doc = new Y.Doc();
    const first = typed(doc, 'a');
    const second = typed(doc, 'b');
    const server = new Y.Doc();
    expect(lacksHistory(second, Y.encodeStateVector(server))).toBe(true);
    expect(lacksHistory(first, Y.encodeStateVector(server))).toBe(false);
    Y.applyUpdate(server, first);
    expect(lacksHistory(second, Y.encodeStateVector(server))).toBe(false);
  });
});
