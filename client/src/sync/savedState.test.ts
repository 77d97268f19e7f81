import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  clientsWithStructsInUpdate,
  hasUnsavedChanges,
  parseStateVector,
  serializeStateVector,
  stateVectorOf,
} from './savedState.js';

function collectLocalClients(doc: Y.Doc): Set<number> {
  const clients = new Set<number>();
  doc.on('update', (update: Uint8Array) => {
    for (const clientId of clientsWithStructsInUpdate(update)) clients.add(clientId);
  });
  return clients;
}

describe('hasUnsavedChanges', () => {
  it('reports nothing unsaved for an untouched document', () => {
    const doc = new Y.Doc();
    expect(hasUnsavedChanges(stateVectorOf(doc), null, new Set())).toBe(false);
  });

  it('reports local edits as unsaved before any saved message arrives', () => {
    const doc = new Y.Doc();
    const local = collectLocalClients(doc);
    doc.getText('title').insert(0, 'Nota');
    expect(hasUnsavedChanges(stateVectorOf(doc), null, local)).toBe(true);
  });

  it('reports edits as saved once the server state vector covers them', () => {
    const doc = new Y.Doc();
    const local = collectLocalClients(doc);
    doc.getText('title').insert(0, 'Nota');
    const server = new Y.Doc();
    Y.applyUpdate(server, Y.encodeStateAsUpdate(doc));
    expect(hasUnsavedChanges(stateVectorOf(doc), stateVectorOf(server), local)).toBe(false);

    doc.getXmlFragment('default').insert(0, [new Y.XmlText('meer')]);
    expect(hasUnsavedChanges(stateVectorOf(doc), stateVectorOf(server), local)).toBe(true);
  });

  it('ignores remote clients that the server has not stored', () => {
    const doc = new Y.Doc();
    const local = collectLocalClients(doc);
    const remote = new Y.Doc();
    remote.getText('title').insert(0, 'van een ander');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote), 'provider');
    local.clear();
    expect(hasUnsavedChanges(stateVectorOf(doc), new Map(), local)).toBe(false);
  });

  it('counts edits loaded from an earlier session as local until the server covers them', () => {
    const earlier = new Y.Doc();
    earlier.getText('title').insert(0, 'offline geschreven');
    const doc = new Y.Doc();
    const local = collectLocalClients(doc);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(earlier), 'indexeddb');
    expect(local.has(earlier.clientID)).toBe(true);
    expect(hasUnsavedChanges(stateVectorOf(doc), new Map(), local)).toBe(true);
    expect(hasUnsavedChanges(stateVectorOf(doc), stateVectorOf(earlier), local)).toBe(false);
  });

  it('does not see deletions in the state vector, so pending deletions are passed in', () => {
    const doc = new Y.Doc();
    const local = collectLocalClients(doc);
    doc.getText('title').insert(0, 'abc');
    const saved = stateVectorOf(doc);
    let updateClients: number[] = [1];
    doc.on('update', (update: Uint8Array) => {
      updateClients = clientsWithStructsInUpdate(update);
    });
    doc.getText('title').delete(0, 1);
    expect(updateClients).toEqual([]);
    expect(hasUnsavedChanges(stateVectorOf(doc), saved, local)).toBe(false);
    expect(hasUnsavedChanges(stateVectorOf(doc), saved, local, true)).toBe(true);
  });
});

describe('state vector serialisation', () => {
  it('round-trips', () => {
    const sv = new Map([
      [1, 5],
      [2, 7],
    ]);
    expect(parseStateVector(serializeStateVector(sv))).toEqual(sv);
  });

  it('rejects corrupt input', () => {
    expect(parseStateVector('{')).toBeNull();
    expect(parseStateVector('[[1,"x"]]')).toBeNull();
    expect(parseStateVector(null)).toBeNull();
  });
});
