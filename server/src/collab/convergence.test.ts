import * as prng from 'lib0/prng';
import type * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../logger.js';
import { MemoryPeer } from '../testing/MemoryPeer.js';
import { createTempStorage } from '../testing/tempStorage.js';
import { CollabDocument } from './CollabDocument.js';

/**
 * The fast, seeded variant of `tests/integration/randomized-convergence.test.ts`: in-memory peers
 * talk to a real CollabDocument through a network that reorders, duplicates and delays every
 * frame in both directions, decided by a seeded generator. `FUZZ_SEED=<n>` runs one seed.
 */
const SEEDS = process.env.FUZZ_SEED ? [Number(process.env.FUZZ_SEED)] : [1, 7, 42, 2024, 31337];
const PEERS = 5;
const STEPS = 400;
const DUPLICATE_CHANCE = 0.1;

const logger = createLogger('silent');

/** Frames in flight; delivered one at a time, in an order the generator picks. */
class ChaoticNetwork {
  private readonly inFlight: (() => void)[] = [];

  constructor(private readonly gen: prng.PRNG) {}

  readonly carry = (delivery: () => void): void => {
    this.inFlight.push(delivery);
    if (prng.real53(this.gen) < DUPLICATE_CHANCE) this.inFlight.push(delivery);
  };

  get pending(): number {
    return this.inFlight.length;
  }

  /** Delivers one frame picked at random from those in flight (the others wait: delayed). */
  deliverOne(): void {
    if (this.inFlight.length === 0) return;
    const index = prng.uint32(this.gen, 0, this.inFlight.length - 1);
    const [delivery] = this.inFlight.splice(index, 1);
    delivery?.();
  }

  /** Delivers until nothing is in flight (answers included), still in random order. */
  drain(): void {
    while (this.inFlight.length > 0) this.deliverOne();
  }
}

function randomEdit(gen: prng.PRNG, doc: Y.Doc): void {
  const text = doc.getText('t');
  const list = doc.getArray<number>('a');
  const roll = prng.real53(gen);
  if (roll < 0.6 || text.length === 0) {
    text.insert(prng.uint32(gen, 0, text.length), prng.word(gen, 1, 5));
  } else if (roll < 0.85) {
    const start = prng.uint32(gen, 0, text.length - 1);
    text.delete(start, prng.uint32(gen, 1, Math.min(4, text.length - start)));
  } else if (roll < 0.95 || list.length === 0) {
    list.insert(prng.uint32(gen, 0, list.length), [prng.uint32(gen, 0, 1000)]);
  } else {
    list.delete(prng.uint32(gen, 0, list.length - 1), 1);
  }
}

const contentOf = (doc: Y.Doc) => ({
  text: doc.getText('t').toString(),
  list: doc.getArray('a').toJSON(),
});

/** Runs one seed; returns the converged content. */
async function run(seed: number): Promise<ReturnType<typeof contentOf>> {
  const gen = prng.create(seed);
  const network = new ChaoticNetwork(gen);
  const temp = await createTempStorage();
  try {
    const document = await CollabDocument.load('fuzz', { storage: temp.storage, logger });
    const peers = Array.from({ length: PEERS }, () => {
      const peer = new MemoryPeer({ deliver: network.carry });
      peer.doc.clientID = prng.uint32(gen, 1, 2 ** 31); // seeded, so merges replay alike
      return peer;
    });
    const connected = new Set<MemoryPeer>();
    for (const peer of peers) {
      peer.connect(document);
      connected.add(peer);
    }
    for (let step = 0; step < STEPS; step++) {
      const peer = prng.oneOf(gen, peers);
      const roll = prng.real53(gen);
      if (roll < 0.45) randomEdit(gen, peer.doc);
      else if (roll < 0.9) for (let i = prng.uint32(gen, 1, 3); i > 0; i--) network.deliverOne();
      else if (roll < 0.95) {
        if (connected.delete(peer)) peer.disconnect();
        else {
          peer.connect(document);
          connected.add(peer);
        }
      } else network.drain();
    }
    network.drain();
    for (const peer of peers) if (!connected.has(peer)) peer.connect(document);
    network.drain();
    await document.whenDurable();
    network.drain();

    const expected = contentOf(document.doc);
    for (const peer of peers) {
      expect(contentOf(peer.doc)).toEqual(expected);
      expect(peer.doc.store.pendingStructs).toBeNull();
    }
    expect(document.doc.store.pendingStructs).toBeNull();
    for (const peer of peers) peer.disconnect();
    document.destroy();
    return expected;
  } finally {
    await temp.dispose();
  }
}

describe('seeded convergence over a chaotic in-memory network', () => {
  it.each(SEEDS)('converges with reordered, duplicated, delayed frames (seed %i)', async (seed) => {
    try {
      const content = await run(seed);
      expect(content.text.length + content.list.length).toBeGreaterThan(0);
    } catch (error) {
      throw new Error(
        `did not converge with seed ${seed}; reproduce with FUZZ_SEED=${seed}: ${String(error)}`,
      );
    }
  });

  it('replays a seed exactly, so a failing one reproduces', async () => {
    const seed = SEEDS[0] ?? 1;
    expect(await run(seed)).toEqual(await run(seed));
  });
});
