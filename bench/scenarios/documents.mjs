// Scenario 5 (opened documents): D documents of about 1 KB each, written through the server's own
// protocol, the server restarted (nothing loaded), then one editor per document: server RSS per
// opened document (including its one connection), time until all are synced, and CPU.
import { performance } from 'node:perf_hooks';
import { allSynced, connect, destroyAll } from '../clients/index.mjs';
import { percentile, round, sleep } from '../lib/stats.mjs';
import { whenDoc } from './build.mjs';

export const DOCUMENTS_DEFAULTS = { docs: 1000, bytesPerDoc: 1024, batch: 50, settleS: 3 };

const PARAGRAPH = 'Kring houdt kennis vindbaar en overdraagbaar tussen organisaties. ';

async function writeAll(server, rooms, bytesPerDoc, batch) {
  const content = PARAGRAPH.repeat(Math.ceil(bytesPerDoc / PARAGRAPH.length)).slice(0, bytesPerDoc);
  for (let start = 0; start < rooms.length; start += batch) {
    const writers = rooms.slice(start, start + batch).map((room) => connect(server, room));
    await allSynced(writers, 60_000);
    for (const writer of writers) writer.text.insert(0, content);
    // A second client per document sees the content: the server has received it.
    const checkers = rooms.slice(start, start + batch).map((room) => connect(server, room));
    await Promise.all(
      checkers.map((checker) =>
        whenDoc(checker.doc, () => checker.text.length === content.length, 60_000, 'content'),
      ),
    );
    await destroyAll([...writers, ...checkers]);
  }
  return content;
}

export async function runDocuments(server, options = {}) {
  const { docs, bytesPerDoc, batch, settleS } = { ...DOCUMENTS_DEFAULTS, ...options };
  const rooms = Array.from({ length: docs }, (_, d) => `page-${d}`);
  await server.createDocuments(rooms);
  const content = await writeAll(server, rooms, bytesPerDoc, batch);
  await sleep(3000); // let debounced stores (Hocuspocus, y-leveldb) finish before the restart
  await server.restart();
  await sleep(1000);
  const rssBefore = server.memory().rss;
  const cpuStart = server.cpuSeconds();
  const syncMs = new Array(docs);
  const startedAt = performance.now();
  const clients = rooms.map((room, i) => {
    const client = connect(server, room);
    client.awareness.setLocalStateField('user', { name: `u${i}` });
    client.onFirstSync(() => (syncMs[i] = performance.now() - startedAt));
    return client;
  });
  await allSynced(clients, 180_000);
  const allSyncedS = (performance.now() - startedAt) / 1000;
  await sleep(settleS * 1000);
  const rssAfter = server.memory().rss;
  const cpuSeconds = server.cpuSeconds() - cpuStart;
  const intact = clients.filter((client) => client.text.toString() === content).length;
  await destroyAll(clients);
  return {
    docs,
    bytesPerDoc,
    intact,
    allSyncedS: round(allSyncedS, 3),
    syncMs: { p50: round(percentile(syncMs, 50)), p99: round(percentile(syncMs, 99)) },
    rssBeforeBytes: rssBefore,
    rssAfterBytes: rssAfter,
    rssPerDocumentBytes: Math.round((rssAfter - rssBefore) / docs),
    cpuSeconds: round(cpuSeconds),
    samples: { syncMs },
  };
}
