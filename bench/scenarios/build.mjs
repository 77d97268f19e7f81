// Builds a document through a server's own protocol (one writer client, paced batches) and waits
// until a second client sees the same content, so the server has received all of it.
import { allSynced, connect, destroyAll } from '../clients/index.mjs';
import { encodeStateAsUpdate } from 'yjs';
import { sleep } from '../lib/stats.mjs';

/** Resolves when `check()` holds, re-checked on every update of `doc`; rejects after timeoutMs. */
export function whenDoc(doc, check, timeoutMs, what) {
  return new Promise((resolve, reject) => {
    const evaluate = () => {
      if (!check()) return;
      clearTimeout(timer);
      doc.off('update', evaluate);
      resolve();
    };
    const timer = setTimeout(() => {
      doc.off('update', evaluate);
      reject(new Error(`timed out after ${timeoutMs} ms: ${what}`));
    }, timeoutMs);
    doc.on('update', evaluate);
    evaluate();
  });
}

/**
 * `writeBatch(text, i)` performs batch i (one transaction = one update message) and returns false
 * when there is nothing more to write. Returns `{ messages, length, encodedBytes }`.
 */
export async function buildDocument(server, room, writeBatch, { pauseMs = 4 } = {}) {
  const writer = connect(server, room);
  await allSynced([writer], 30_000);
  let messages = 0;
  while (writer.doc.transact(() => writeBatch(writer.text, messages)) !== false) {
    messages++;
    await sleep(pauseMs);
  }
  const expected = writer.text.toString();
  const verifier = connect(server, room);
  await whenDoc(verifier.doc, () => verifier.text.length === expected.length, 120_000, 'verifier');
  if (verifier.text.toString() !== expected) throw new Error('verifier content differs');
  const encodedBytes = encodeStateAsUpdate(writer.doc).length;
  await destroyAll([writer, verifier]);
  await sleep(2000); // let fire-and-forget stores (y-leveldb) and last-disconnect stores finish
  return { messages, length: expected.length, encodedBytes, content: expected };
}
