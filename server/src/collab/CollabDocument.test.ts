import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../logger.js';
import { MemoryPeer } from '../testing/MemoryPeer.js';
import { createTempStorage, type TempStorage } from '../testing/tempStorage.js';
import { CollabDocument } from './CollabDocument.js';

const logger = createLogger('silent');

function nextAwarenessChange(peer: MemoryPeer): Promise<void> {
  return new Promise((resolve) => peer.awareness.once('change', () => resolve()));
}

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

  it('serves a reloaded document to joiners with and without state before integrating it', async () => {
    const first = await load();
    const writer = new MemoryPeer();
    writer.connect(first);
    writer.doc.getText('t').insert(0, 'stored ');
    const partial = Y.encodeStateAsUpdate(writer.doc);
    writer.doc.getText('t').insert(7, 'content');
    await first.whenDurable();
    writer.disconnect();
    first.destroy();
    await temp.reopen();

    const reloaded = await load();
    const fresh = new MemoryPeer();
    const behind = new MemoryPeer();
    Y.applyUpdate(behind.doc, partial);
    fresh.connect(reloaded);
    behind.connect(reloaded);
    expect([fresh.text(), behind.text()]).toEqual(['stored content', 'stored content']);

    behind.doc.getText('t').insert(0, '> ');
    expect(fresh.text()).toBe('> stored content');
    expect(reloaded.doc.getText('t').toString()).toBe('> stored content');
    await reloaded.whenDurable();
  });

  it('compacts a log left by a crash at load, serving one state without the deleted text', async () => {
    const history = new Y.Doc();
    const updates: Uint8Array[] = [];
    history.on('update', (update: Uint8Array) => updates.push(update));
    history.getText('t').insert(0, 'x'.repeat(5000));
    history.getText('t').delete(0, 4990);
    history.getText('t').insert(10, '!');
    for (const update of updates) await temp.storage.appendUpdate('crashed', update);

    const document = await load('crashed');
    expect(await temp.storage.countUpdates('crashed')).toBe(1);
    const reader = new MemoryPeer();
    reader.connect(document);
    expect(reader.text()).toBe('x'.repeat(10) + '!');
    const served = reader.received.find((frame) => frame[0] === 0 && frame[1] === 1)!;
    expect(served.length).toBeLessThan(Y.mergeUpdates(updates).length);
  });

  it('compacts the log of a document when it is unloaded', async () => {
    const document = await load();
    const writer = new MemoryPeer();
    writer.connect(document);
    for (const word of ['one ', 'two ', 'three']) writer.doc.getText('t').insert(0, word);
    await document.whenDurable();
    expect(await temp.storage.countUpdates('doc')).toBeGreaterThan(1);
    writer.disconnect();
    document.destroy();
    await expect.poll(() => temp.storage.countUpdates('doc')).toBe(1);
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
    const arrived = nextAwarenessChange(bram);
    anna.announce({ user: { name: 'Anna', color: '#005a9c' } });
    await arrived;
    expect(bram.awareness.getStates().get(anna.doc.clientID)).toEqual({
      user: { name: 'Anna', color: '#005a9c' },
    });
    const removed = nextAwarenessChange(bram);
    anna.disconnect();
    await removed;
    expect(bram.awareness.getStates().has(anna.doc.clientID)).toBe(false);
    await document.whenDurable();
  });

  it('merges presence changes of many people into one relayed frame per interval', async () => {
    const document = await load();
    const people = Array.from({ length: 10 }, () => new MemoryPeer());
    for (const person of people) person.connect(document);
    const observer = people[0]!;
    const framesBefore = observer.received.length;
    const allArrived = new Promise<void>((resolve) => {
      observer.awareness.on('change', () => {
        if (observer.awareness.getStates().size === people.length) resolve();
      });
    });
    people.forEach((person, i) => person.announce({ user: { name: `P${i}`, color: '#000000' } }));
    await allArrived;
    const awarenessFrames = observer.received.slice(framesBefore).filter((frame) => frame[0] === 1);
    expect(awarenessFrames).toHaveLength(1);
    await document.whenDurable();
  });

  it('refuses an update that would grow the document beyond its limit, changing nothing', async () => {
    const document = await CollabDocument.load('small', {
      storage: temp.storage,
      logger,
      limits: { maxDocumentBytes: 2048, awarenessFlushMs: 0 },
    });
    const writer = new MemoryPeer();
    writer.connect(document);
    writer.doc.getText('t').insert(0, 'fits');
    expect(() => writer.doc.getText('t').insert(4, 'x'.repeat(4096))).toThrow(/document-too-large/);
    expect(document.doc.getText('t').toString()).toBe('fits');
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
