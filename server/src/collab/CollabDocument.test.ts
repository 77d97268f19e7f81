import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../logger.js';
import { MemoryPeer } from '../testing/MemoryPeer.js';
import { createTempStorage, type TempStorage } from '../testing/tempStorage.js';
import { CollabDocument } from './CollabDocument.js';

const logger = createLogger('silent');

describe('CollabDocument', () => {
  let temp: TempStorage;
  beforeEach(async () => {
    temp = await createTempStorage();
  });
  afterEach(async () => {
    await temp.dispose();
  });

  const load = (id = 'doc') => CollabDocument.load(id, { storage: temp.storage, logger });

  it('syncs two peers through the handshake and live updates', async () => {
    const document = await load();
    const anna = new MemoryPeer();
    const bram = new MemoryPeer();
    anna.doc.getText('t').insert(0, 'offline draft ');
    anna.connect(document);
    bram.connect(document);
    expect(bram.text()).toBe('offline draft ');
    bram.doc.getText('t').insert(bram.text().length, 'and more');
    expect(anna.text()).toBe('offline draft and more');
    expect(document.doc.getText('t').toString()).toBe('offline draft and more');
    await document.whenDurable();
  });

  it('serves the stored state to a peer that joins after a reload', async () => {
    const first = await load();
    const writer = new MemoryPeer();
    writer.connect(first);
    writer.doc.getText('t').insert(0, 'kept across restarts');
    await first.whenDurable();
    writer.disconnect();
    first.destroy();
    await temp.reopen();

    const reloaded = await load();
    const reader = new MemoryPeer();
    reader.connect(reloaded);
    expect(reader.text()).toBe('kept across restarts');
  });

  it('acknowledges a change as saved only once it is durable, with a covering state vector', async () => {
    const document = await load();
    const anna = new MemoryPeer();
    anna.connect(document);
    anna.doc.getText('t').insert(0, 'important');
    expect(document.hasUnsavedChanges).toBe(true);
    await document.whenDurable();
    await Promise.resolve();
    const saved = anna.lastSaved;
    expect(saved).not.toBeNull();
    expect(saved!.stateVector.get(anna.doc.clientID)).toBe(
      Y.decodeStateVector(Y.encodeStateVector(anna.doc)).get(anna.doc.clientID),
    );
    // Handshake step 2 plus one update.
    expect(saved!.durableMessages).toBe(2);
  });

  it('acknowledges a deletion, which does not advance the state vector', async () => {
    const document = await load();
    const anna = new MemoryPeer();
    anna.connect(document);
    anna.doc.getText('t').insert(0, 'abc');
    await document.whenDurable();
    await Promise.resolve();
    const before = anna.lastSaved!.durableMessages;
    anna.doc.getText('t').delete(0, 1);
    await document.whenDurable();
    await Promise.resolve();
    expect(anna.lastSaved!.durableMessages).toBe(before + 1);
  });

  it('relays presence and removes it when a peer leaves', async () => {
    const document = await load();
    const anna = new MemoryPeer();
    const bram = new MemoryPeer();
    anna.connect(document);
    bram.connect(document);
    anna.announce({ user: { name: 'Anna', color: '#005a9c' } });
    expect(bram.awareness.getStates().get(anna.doc.clientID)).toEqual({
      user: { name: 'Anna', color: '#005a9c' },
    });
    anna.disconnect();
    expect(bram.awareness.getStates().has(anna.doc.clientID)).toBe(false);
    await document.whenDurable();
  });

  it('gives simultaneous empty joiners the same encoded state', async () => {
    const document = await load();
    const writer = new MemoryPeer();
    writer.connect(document);
    writer.doc.getText('t').insert(0, 'x'.repeat(1000));
    const joiners = [new MemoryPeer(), new MemoryPeer()];
    for (const joiner of joiners) joiner.connect(document);
    const [a, b] = joiners.map((joiner) =>
      joiner.received.find((frame) => frame[0] === 0 && frame[1] === 1),
    );
    expect(a).toBeDefined();
    expect(a).toBe(b);
    expect(joiners.map((joiner) => joiner.text())).toEqual(['x'.repeat(1000), 'x'.repeat(1000)]);
    await document.whenDurable();
  });
});
