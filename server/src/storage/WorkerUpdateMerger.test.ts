import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { WorkerUpdateMerger } from './WorkerUpdateMerger.js';

describe('WorkerUpdateMerger', () => {
  const merger = new WorkerUpdateMerger();

  it('compacts on a worker thread into the state the updates build, without deleted text', async () => {
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    for (let i = 0; i < 50; i++) doc.getText('t').insert(i, String(i % 10));
    doc.getText('t').delete(3, 4);
    const merged = await merger.merge(updates);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, merged);
    expect(copy.getText('t').toString()).toBe(doc.getText('t').toString());
    expect(merged).toEqual(Y.encodeStateAsUpdate(doc));
    expect(merged.length).toBeLessThan(Y.mergeUpdates(updates).length);
  });

  it('reads the state vector of a stored state on the worker', async () => {
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'state');
    const update = Y.encodeStateAsUpdate(doc);
    expect(await merger.stateVector(update)).toEqual(Y.encodeStateVectorFromUpdate(update));
  });

  it('rejects when the updates are not Yjs updates, and keeps working', async () => {
    const garbage = new Uint8Array([255, 255, 255, 255, 1]);
    await expect(merger.merge([garbage, garbage])).rejects.toThrow(/merging updates failed/);
    expect((await merger.merge([])).length).toBeGreaterThan(0);
    await merger.close();
  });
});
