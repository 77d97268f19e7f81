import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import * as Y from 'yjs';

/**
 * Turns a document's log of updates into one update of its current state; may run elsewhere than
 * the calling thread.
 */
export type MergeUpdates = (updates: Uint8Array[]) => Promise<Uint8Array>;

/**
 * The state of the document the updates build, encoded as a Y.Doc encodes itself. Unlike
 * `Y.mergeUpdates`, this drops the content of deleted text (Yjs garbage collection) and joins
 * adjacent items: a long editing history becomes a small update that clients apply quickly.
 */
function compactState(updates: Uint8Array[]): Uint8Array {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.mergeUpdates(updates));
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return state;
}

/** The state vector of a stored update; may run elsewhere than the calling thread. */
export type StateVectorOf = (update: Uint8Array) => Promise<Uint8Array>;

/** Reads a state vector on the calling thread (tests, tiny documents). */
export const stateVectorOnThisThread: StateVectorOf = (update) =>
  Promise.resolve(Y.encodeStateVectorFromUpdate(update));

/** Compacts on the calling thread (tests, tiny documents). */
export const mergeOnThisThread: MergeUpdates = (updates) => Promise.resolve(compactState(updates));

/** The same Yjs build as the server's, loaded by path so the worker needs no module resolution. */
const yjsPath = createRequire(import.meta.url).resolve('yjs');

// Plain CommonJS evaluated in the worker (the same steps as compactState): it runs the same from
// TypeScript sources and from dist.
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const Y = require(${JSON.stringify(yjsPath)});
parentPort.on('message', ({ id, op, updates }) => {
  try {
    let result;
    if (op === 'stateVector') {
      result = Y.encodeStateVectorFromUpdate(updates[0]);
    } else {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, Y.mergeUpdates(updates));
      result = Y.encodeStateAsUpdate(doc);
      doc.destroy();
    }
    parentPort.postMessage({ id, result }, [result.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.message) || error) });
  }
});
`;

interface Reply {
  readonly id: number;
  readonly result?: Uint8Array;
  readonly error?: string;
}

type Operation = 'compact' | 'stateVector';

/**
 * Compacts updates, and reads state vectors of stored states, on a worker thread. Both walk a whole
 * document; on the main thread that would stall every document's fan-out for as long as it takes.
 */
export class WorkerUpdateMerger {
  private readonly worker = new Worker(WORKER_SOURCE, { eval: true });
  private readonly pending = new Map<
    number,
    { resolve: (merged: Uint8Array) => void; reject: (error: Error) => void }
  >();
  private nextId = 0;

  constructor() {
    this.worker.unref();
    this.worker.on('message', (reply: Reply) => {
      const waiting = this.pending.get(reply.id);
      if (waiting === undefined) return;
      this.pending.delete(reply.id);
      if (reply.result !== undefined) waiting.resolve(reply.result);
      else waiting.reject(new Error(`merging updates failed: ${reply.error ?? 'unknown error'}`));
    });
    this.worker.on('error', (error) => this.failAll(error));
    this.worker.on('exit', () => this.failAll(new Error('the merge worker stopped')));
  }

  /** Compacts `updates` into one update of the document's state, on the worker. */
  readonly merge: MergeUpdates = (updates) => this.run('compact', updates);

  /** The state vector of one stored update, read on the worker. */
  readonly stateVector: StateVectorOf = (update) => this.run('stateVector', [update]);

  /** Stops the worker; pending merges fail. */
  async close(): Promise<void> {
    await this.worker.terminate();
  }

  private run(op: Operation, updates: Uint8Array[]): Promise<Uint8Array> {
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, op, updates });
    });
  }

  private failAll(error: Error): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}
