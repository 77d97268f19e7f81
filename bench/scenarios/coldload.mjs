// Scenario 4 (cold load): a document with an N-operation editing history (the same seeded edit
// sequence for every server, batched `opsPerMessage` operations per update message), the server
// restarted, then one client: connect→synced, connect→full content, and the text length at synced.
import { performance } from 'node:perf_hooks';
import { allSynced, connect, destroyAll } from '../clients/index.mjs';
import { median, round, seededRandom, sleep } from '../lib/stats.mjs';
import { buildDocument, whenDoc } from './build.mjs';

export const COLDLOAD_DEFAULTS = { ops: 100_000, opsPerMessage: 100, restarts: 3 };

const LETTERS = 'abcdefghijklmnopqrstuvwxyz ';

/** One batch of the seeded history: 80 % inserts of 1–8 characters, 20 % deletes of 1–5. */
function historyWriter(ops, opsPerMessage) {
  const random = seededRandom(0x6b72696e);
  let done = 0;
  return (text) => {
    if (done >= ops) return false;
    for (let k = 0; k < opsPerMessage && done < ops; k++, done++) {
      const position = Math.floor(random() * (text.length + 1));
      if (random() < 0.8 || text.length < 10) {
        let word = '';
        const size = 1 + Math.floor(random() * 8);
        for (let c = 0; c < size; c++) word += LETTERS[Math.floor(random() * LETTERS.length)];
        text.insert(position, word);
      } else {
        const start = Math.min(position, text.length - 1);
        text.delete(start, Math.min(1 + Math.floor(random() * 5), text.length - start));
      }
    }
    return true;
  };
}

async function loadOnce(server, room, expected) {
  await server.restart();
  await sleep(500);
  const cpuStart = server.cpuSeconds();
  const startedAt = performance.now();
  const client = connect(server, room);
  let syncedMs = NaN;
  let lengthAtSynced = NaN;
  client.onFirstSync(() => {
    syncedMs = performance.now() - startedAt;
    lengthAtSynced = client.text.length;
  });
  let fullMs = NaN;
  try {
    await whenDoc(client.doc, () => client.text.length === expected.length, 60_000, 'full content');
    fullMs = performance.now() - startedAt;
  } catch {
    // reported as fullMs = NaN (content never arrived)
  }
  await allSynced([client], 10_000).catch(() => undefined);
  const result = {
    syncedMs: round(syncedMs),
    fullMs: round(fullMs),
    lengthAtSynced,
    syncedBeforeContent: !(lengthAtSynced === expected.length),
    contentCorrect: client.text.toString() === expected,
    cpuSeconds: round(server.cpuSeconds() - cpuStart),
  };
  await destroyAll([client]);
  return result;
}

export async function runColdLoad(server, options = {}) {
  const { ops, opsPerMessage, restarts } = { ...COLDLOAD_DEFAULTS, ...options };
  const room = 'cold-load';
  await server.createDocuments([room]);
  const built = await buildDocument(server, room, historyWriter(ops, opsPerMessage));
  const loads = [];
  for (let i = 0; i < restarts; i++) loads.push(await loadOnce(server, room, built.content));
  const first = loads[0];
  return {
    ops,
    messages: built.messages,
    textLength: built.length,
    encodedBytes: built.encodedBytes,
    first,
    medianSyncedMs: round(median(loads.map((l) => l.syncedMs))),
    medianFullMs: round(median(loads.map((l) => l.fullMs))),
    syncedBeforeContent: loads.some((l) => l.syncedBeforeContent),
    contentCorrect: loads.every((l) => l.contentCorrect),
    peakRssBytes: server.memory().peakRss,
    loads,
    samples: { fullMs: loads.map((l) => l.fullMs) },
  };
}
