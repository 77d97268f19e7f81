import { describe, expect, it } from 'vitest';
import { AWARENESS_FLUSH_MS, personColor } from '@kring/shared';
import { createLogger } from '../logger.js';
import { ManualClock } from '../testing/ManualClock.js';
import { MemoryPeer } from '../testing/MemoryPeer.js';
import { createTempStorage } from '../testing/tempStorage.js';
import { CollabDocument } from './CollabDocument.js';

const logger = createLogger('silent');

const anna = () =>
  new MemoryPeer({ userId: 'user-anna', person: { name: 'Anna', organisation: 'BZK' } });
const mallory = () =>
  new MemoryPeer({ userId: 'user-mallory', person: { name: 'Mallory', organisation: 'Evil' } });

async function setUp() {
  const temp = await createTempStorage();
  const clock = new ManualClock();
  const document = await CollabDocument.load('doc', { storage: temp.storage, logger, clock });
  const observer = new MemoryPeer({
    userId: 'user-olga',
    person: { name: 'Olga', organisation: '' },
  });
  observer.connect(document);
  const flush = () => clock.advance(AWARENESS_FLUSH_MS);
  /** What the observer shows as "People present": user per client id. */
  const present = () =>
    new Map([...observer.awareness.getStates()].map(([id, state]) => [id, state.user as unknown]));
  return { temp, clock, document, observer, flush, present };
}

describe('presence bound to the connection', () => {
  it("stamps the account's name, organisation and colour over what a client announces", async () => {
    const { temp, document, flush, present } = await setUp();
    const peer = anna();
    peer.connect(document);
    peer.announce({ user: { name: 'The Minister', color: '#000000' }, cursor: 3 });
    flush();
    expect(present().get(peer.doc.clientID)).toEqual({
      name: 'Anna (BZK)',
      organisation: 'BZK',
      color: personColor('user-anna'),
    });
    expect(document.awareness.getStates().get(peer.doc.clientID)?.cursor).toBe(3);
    await temp.dispose();
  });

  it("drops another account's updates and removals for a client id it does not own", async () => {
    const { temp, document, flush, present } = await setUp();
    const victim = anna();
    victim.connect(document);
    victim.announce({ user: { name: 'Anna' } });
    flush();
    const attacker = mallory();
    attacker.connect(document);
    const victimId = victim.doc.clientID;
    attacker.announceAs(victimId, 100, { user: { name: 'Anna (BZK)' }, cursor: 'elsewhere' });
    attacker.announceAs(victimId, 200, null);
    flush();
    expect(present().get(victimId)).toEqual(expect.objectContaining({ name: 'Anna (BZK)' }));
    expect(document.awareness.getStates().get(victimId)?.cursor).toBeUndefined();
    // Claimed first by nobody: a removal for an unknown id is not a claim either.
    attacker.announceAs(424242, 1, null);
    attacker.announceAs(424242, 2, { user: { name: 'Anna (BZK)' } });
    flush();
    expect(present().get(424242)).toEqual(expect.objectContaining({ name: 'Mallory (Evil)' }));
    await temp.dispose();
  });

  it('keeps a client id its owner cleared, so another account cannot take it', async () => {
    const { temp, document, flush, present } = await setUp();
    const owner = anna();
    owner.connect(document);
    owner.announce({ user: { name: 'Anna' } });
    flush();
    owner.announceAs(owner.doc.clientID, 100, null);
    flush();
    expect(present().has(owner.doc.clientID)).toBe(false);
    const attacker = mallory();
    attacker.connect(document);
    attacker.announceAs(owner.doc.clientID, 200, { user: { name: 'Anna (BZK)' } });
    flush();
    expect(present().has(owner.doc.clientID)).toBe(false);
    await temp.dispose();
  });

  it('lets another connection of the same account take a client id over, and removes on leave', async () => {
    const { temp, document, flush, present } = await setUp();
    const first = anna();
    first.connect(document);
    first.announce({ user: { name: 'Anna' }, tab: 1 });
    flush();
    const reloaded = anna();
    reloaded.connect(document);
    reloaded.announceAs(first.doc.clientID, 50, { user: { name: 'Anna' }, tab: 2 });
    flush();
    expect(document.awareness.getStates().get(first.doc.clientID)?.tab).toBe(2);
    // The first connection no longer owns it: its leaving does not remove the taken-over presence.
    first.disconnect();
    flush();
    expect(present().has(first.doc.clientID)).toBe(true);
    reloaded.disconnect();
    flush();
    expect(present().has(first.doc.clientID)).toBe(false);
    await temp.dispose();
  });

  it('relays presence only once the batching interval passed on the injected clock', async () => {
    const { temp, clock, document, present } = await setUp();
    const peer = anna();
    peer.connect(document);
    peer.announce({ user: { name: 'Anna' } });
    expect(present().has(peer.doc.clientID)).toBe(false);
    clock.advance(AWARENESS_FLUSH_MS - 1);
    expect(present().has(peer.doc.clientID)).toBe(false);
    clock.advance(1);
    expect(present().has(peer.doc.clientID)).toBe(true);
    await temp.dispose();
  });
});
