import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { SYSTEM_CLOCK, type Clock, type TimerHandle } from '../clock.js';
import { TransferError } from './TransferError.js';
import type { TransferErrorCode } from './TransferError.js';
import type { TransferJob, TransferResult } from './transferJobs.js';

/** Limits of one conversion in a transfer worker. */
export interface TransferWorkerLimits {
  /** A conversion running longer is stopped (its worker is terminated) and refused. */
  readonly timeoutMs: number;
  /** Heap of a transfer worker (MiB); a conversion needing more is refused. */
  readonly memoryMb: number;
}

interface Pending {
  readonly job: TransferJob;
  readonly resolve: (result: TransferResult) => void;
  readonly reject: (error: Error) => void;
}

interface Reply {
  readonly id: number;
  readonly result?: TransferResult;
  readonly error?: { readonly code: string; readonly message: string };
}

/**
 * The compiled worker entry. Under the TypeScript sources (tests) the built copy in `server/dist`
 * runs: a worker thread cannot load `.ts` files.
 */
function workerFile(): string {
  const here = fileURLToPath(new URL('./transferWorker.js', import.meta.url));
  if (existsSync(here)) return here;
  const built = here.replace(/([\\/])server[\\/]src[\\/]/, '$1server$1dist$1');
  if (existsSync(built)) return built;
  throw new Error(`The transfer worker is not built (${built}): run npm run build:server.`);
}

/**
 * Runs imports and exports on one worker thread, one job at a time, each bounded in time and
 * memory. A hostile file (hundreds of thousands of paragraphs, pathological Markdown) costs the
 * worker, never the event loop that serves collaboration; a worker that times out or runs out of
 * memory is terminated and a fresh one takes the next job.
 */
export class TransferWorkers {
  private worker: Worker | null = null;
  private readonly queue: Pending[] = [];
  private running:
    | (Pending & { readonly id: number; readonly worker: Worker; readonly timer: TimerHandle })
    | null = null;
  private nextId = 0;
  private closed = false;

  constructor(
    private readonly limits: TransferWorkerLimits,
    private readonly clock: Clock = SYSTEM_CLOCK,
  ) {}

  /** Runs a conversion; rejects with a {@link TransferError} when the input is refused. */
  run(job: TransferJob): Promise<TransferResult> {
    if (this.closed) return Promise.reject(new Error('The transfer workers are closed.'));
    return new Promise((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      this.next();
    });
  }

  /** Stops the worker; queued jobs are refused. */
  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0)) pending.reject(new Error('Kring is stopping.'));
    if (this.running) this.finish(this.running.worker, new Error('Kring is stopping.'));
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private spawn(): Worker {
    const worker = new Worker(workerFile(), {
      resourceLimits: { maxOldGenerationSizeMb: this.limits.memoryMb },
    });
    worker.on('message', (reply: Reply) => {
      if (this.running?.id !== reply.id) return;
      if (reply.result) this.finish(worker, null, reply.result);
      else this.finish(worker, refusal(reply.error?.code, reply.error?.message));
    });
    worker.on('error', (error: Error & { code?: string }) => {
      this.discard(worker);
      this.finish(
        worker,
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new TransferError(
              'too_complex',
              `Converting this file needs more than ${this.limits.memoryMb} MiB of memory.`,
            )
          : new Error('The conversion failed.'),
      );
    });
    worker.on('exit', () => {
      this.discard(worker);
      this.finish(worker, new Error('The conversion stopped unexpectedly.'));
    });
    return worker;
  }

  private discard(worker: Worker): void {
    if (this.worker === worker) this.worker = null;
  }

  private next(): void {
    if (this.running || this.closed) return;
    const pending = this.queue.shift();
    if (!pending) return;
    let worker: Worker;
    try {
      worker = this.worker ??= this.spawn();
    } catch (error) {
      pending.reject(error instanceof Error ? error : new Error(String(error)));
      this.next();
      return;
    }
    const id = this.nextId++;
    const timer = this.clock.setTimeout(() => {
      this.discard(worker);
      void worker.terminate();
      this.finish(
        worker,
        new TransferError(
          'too_complex',
          `Converting this file took longer than ${Math.round(this.limits.timeoutMs / 1000)} s.`,
        ),
      );
    }, this.limits.timeoutMs);
    this.running = { ...pending, id, worker, timer };
    worker.postMessage({ id, job: pending.job });
  }

  /** Ends the running job, if it is `worker`'s (a terminated worker's late events are ignored). */
  private finish(worker: Worker, error: Error | null, result?: TransferResult): void {
    const running = this.running;
    if (running?.worker !== worker) return;
    this.running = null;
    this.clock.clearTimeout(running.timer);
    if (error) running.reject(error);
    else running.resolve(result!);
    this.next();
  }
}

function refusal(code: string | undefined, message: string | undefined): Error {
  const known = code !== undefined && code !== 'internal';
  return known
    ? new TransferError(code as TransferErrorCode, message ?? 'The file was refused.')
    : new Error(message ?? 'The conversion failed.');
}
