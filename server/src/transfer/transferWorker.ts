// Entry point of a transfer worker thread (see TransferWorkers): runs conversion jobs off the
// thread that serves collaboration.
import { parentPort } from 'node:worker_threads';
import { TransferError } from './TransferError.js';
import { runTransferJob, type TransferJob, type TransferResult } from './transferJobs.js';

function transferables(result: TransferResult): ArrayBuffer[] {
  if (result.op === 'export') return [result.body.buffer as ArrayBuffer];
  const buffers: ArrayBuffer[] = [];
  const visit = (page: { update: Uint8Array; children: readonly { update: Uint8Array }[] }) => {
    buffers.push(page.update.buffer as ArrayBuffer);
    page.children.forEach((child) => visit(child as typeof page));
  };
  result.pages.forEach(visit);
  return buffers;
}

parentPort?.on('message', (message: { id: number; job: TransferJob }) => {
  runTransferJob(message.job).then(
    (result) => parentPort?.postMessage({ id: message.id, result }, transferables(result)),
    (error: unknown) => {
      const refused = error instanceof TransferError;
      parentPort?.postMessage({
        id: message.id,
        error: refused
          ? { code: error.code, message: error.message }
          : { code: 'internal', message: 'The conversion failed.' },
      });
    },
  );
});
