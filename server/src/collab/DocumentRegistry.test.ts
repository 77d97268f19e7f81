import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../logger.js';
import type { DocumentStorage } from '../storage/DocumentStorage.js';
import { MemoryPeer } from '../testing/MemoryPeer.js';
import { createTempStorage, type TempStorage } from '../testing/tempStorage.js';
import { DocumentRegistry } from './DocumentRegistry.js';

const logger = createLogger('silent');

describe('DocumentRegistry', () => {
  let temp: TempStorage;
  beforeEach(async () => {
    temp = await createTempStorage();
  });
  afterEach(async () => {
    await temp.dispose();
  });

  it('loads a document once for concurrent joiners', async () => {
    let loads = 0;
    const counting: DocumentStorage = Object.assign(
      Object.create(temp.storage) as DocumentStorage,
      {
        loadUpdates: (id: string) => {
          loads += 1;
          return temp.storage.loadUpdates(id);
        },
      },
    );
    const registry = new DocumentRegistry({ storage: counting, logger });
    const documents = await Promise.all([1, 2, 3].map(() => registry.acquire('shared')));
    expect(new Set(documents).size).toBe(1);
    expect(loads).toBe(1);
  });

  it('unloads a document after its last lease, once its changes are durable', async () => {
    const registry = new DocumentRegistry({ storage: temp.storage, logger });
    const document = await registry.acquire('doc');
    const peer = new MemoryPeer();
    peer.connect(document);
    peer.doc.getText('t').insert(0, 'unsaved at release time');
    peer.disconnect();
    registry.release(document);
    expect(registry.loadedCount).toBe(1);
    await document.whenDurable();
    await Promise.resolve();
    expect(registry.loadedCount).toBe(0);
    const reloaded = await registry.acquire('doc');
    expect(reloaded).not.toBe(document);
    expect(reloaded.doc.getText('t').toString()).toBe('unsaved at release time');
  });

  it('keeps a document that is acquired again while it was unloading', async () => {
    const registry = new DocumentRegistry({ storage: temp.storage, logger });
    const document = await registry.acquire('doc');
    document.doc.getText('t').insert(0, 'x');
    registry.release(document);
    const again = await registry.acquire('doc');
    await document.whenDurable();
    await Promise.resolve();
    expect(again).toBe(document);
    expect(registry.loadedCount).toBe(1);
  });

  it('keeps a document whose writes fail loaded, retrying until they succeed', async () => {
    let failuresLeft = 3;
    const failing: DocumentStorage = Object.assign(Object.create(temp.storage) as DocumentStorage, {
      appendUpdate: (id: string, update: Uint8Array) => {
        if (failuresLeft > 0) {
          failuresLeft -= 1;
          return Promise.reject(new Error('disk full'));
        }
        return temp.storage.appendUpdate(id, update);
      },
    });
    const registry = new DocumentRegistry({ storage: failing, logger, retryDelayMs: 5 });
    const document = await registry.acquire('doc');
    document.doc.getText('t').insert(0, 'precious');
    registry.release(document);
    expect(document.hasUnsavedChanges).toBe(true);
    expect(registry.loadedCount).toBe(1);
    await document.whenDurable();
    await Promise.resolve();
    expect(failuresLeft).toBe(0);
    expect(registry.loadedCount).toBe(0);
    const reloaded = await registry.acquire('doc');
    expect(reloaded.doc.getText('t').toString()).toBe('precious');
  });

  it('lets a failed load be retried', async () => {
    let fail = true;
    const flaky: DocumentStorage = Object.assign(Object.create(temp.storage) as DocumentStorage, {
      loadUpdates: (id: string) =>
        fail ? Promise.reject(new Error('disk')) : temp.storage.loadUpdates(id),
    });
    const registry = new DocumentRegistry({ storage: flaky, logger });
    await expect(registry.acquire('doc')).rejects.toThrow('disk');
    fail = false;
    await expect(registry.acquire('doc')).resolves.toBeDefined();
  });
});
