import { describe, expect, it } from 'vitest';
import { createLogger } from '../logger.js';
import { ManualClock } from '../testing/ManualClock.js';
import { MemoryPeer } from '../testing/MemoryPeer.js';
import { createTempStorage } from '../testing/tempStorage.js';
import { CollabDocument } from './CollabDocument.js';

const logger = createLogger('silent');

describe('collab timers on the injected clock', () => {
  it('retries a failed write after the retry delay, and only then reports it durable', async () => {
    const temp = await createTempStorage();
    const clock = new ManualClock();
    let failuresLeft = 1;
    const storage = Object.create(temp.storage) as typeof temp.storage;
    storage.appendUpdate = (id, update) =>
      failuresLeft-- > 0
        ? Promise.reject(new Error('disk full'))
        : temp.storage.appendUpdate(id, update);
    const document = await CollabDocument.load('doc', {
      storage,
      logger,
      clock,
      retryDelayMs: 1000,
    });
    const writer = new MemoryPeer();
    writer.connect(document);
    writer.doc.getText('t').insert(0, 'kept');
    let durable = false;
    void document.whenDurable().then(() => (durable = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(clock.pendingTimers).toBeGreaterThan(0);
    expect(durable).toBe(false);
    clock.advance(1000);
    await document.whenDurable();
    expect(await temp.storage.loadUpdates('doc')).toHaveLength(1);
    await temp.dispose();
  });
});
