// Scenario 5 (join storm): N clients join a large document at once, cold (server just restarted)
// and warm (document loaded by one holder client). Time to synced and to full content per joiner,
// server CPU seconds for the wave, server peak RSS, and whether `synced` came before the content.
import { performance } from 'node:perf_hooks';
import { connect, destroyAll } from '../clients/index.mjs';
import { startRssSampler } from '../servers/procStats.mjs';
import { MB, percentile, round, seededRandom, sleep } from '../lib/stats.mjs';
import { buildDocument, whenDoc } from './build.mjs';

// 5,000-character paragraphs (~4,200 items): with 500 (42,000 items) the single load-generator
// process needed 5+ minutes per wave to decode 150 copies, and measured itself, not the server.
export const JOINSTORM_DEFAULTS = { docMB: 20, paragraphChars: 5000, joiners: 150 };

/** Inserts paragraphs of random letters at random places until the text has `docMB` MiB. */
function paragraphWriter(docMB, paragraphChars) {
  const random = seededRandom(0x73746f72);
  let pool = '';
  for (let i = 0; i < 65_536; i++) pool += String.fromCharCode(97 + Math.floor(random() * 26));
  const target = docMB * MB;
  const perMessage = Math.max(1, Math.floor((256 * 1024) / paragraphChars));
  return (text) => {
    if (text.length >= target) return false;
    for (let k = 0; k < perMessage && text.length < target; k++) {
      const offset = Math.floor(random() * (pool.length - paragraphChars));
      text.insert(
        Math.floor(random() * (text.length + 1)),
        pool.slice(offset, offset + paragraphChars),
      );
    }
    return true;
  };
}

async function wave(server, room, expectedLength, joiners) {
  const cpuStart = server.cpuSeconds();
  const rss = startRssSampler(server.pid);
  const startedAt = performance.now();
  const syncedMs = [];
  const fullMs = [];
  let syncedBeforeContent = 0;
  const clients = [];
  const arrivals = [];
  for (let i = 0; i < joiners; i++) {
    const client = connect(server, room);
    client.onFirstSync(() => {
      syncedMs.push(performance.now() - startedAt);
      if (client.text.length < expectedLength) syncedBeforeContent++;
    });
    arrivals.push(
      whenDoc(client.doc, () => client.text.length >= expectedLength, 240_000, 'content').then(
        () => {
          fullMs.push(performance.now() - startedAt);
          // Free the load generator at once: 150 live copies of a 20 MB document make it GC-bound.
          client.destroy();
        },
        () => undefined,
      ),
    );
    clients.push(client);
  }
  await Promise.all(arrivals);
  await sleep(500);
  const result = {
    joiners,
    synced: syncedMs.length,
    fullContent: fullMs.length,
    syncedMs: { p50: round(percentile(syncedMs, 50)), p99: round(percentile(syncedMs, 99)) },
    fullMs: { p50: round(percentile(fullMs, 50)), p99: round(percentile(fullMs, 99)) },
    syncedBeforeContent,
    cpuSeconds: round(server.cpuSeconds() - cpuStart),
    wavePeakRssBytes: rss.stop(),
    peakRssBytes: server.memory().peakRss,
    samples: { syncedMs, fullMs },
  };
  await destroyAll(clients);
  return result;
}

export async function runJoinStorm(server, options = {}) {
  const { docMB, paragraphChars, joiners } = { ...JOINSTORM_DEFAULTS, ...options };
  const room = 'join-storm';
  await server.createDocuments([room]);
  const built = await buildDocument(server, room, paragraphWriter(docMB, paragraphChars), {
    pauseMs: 20,
  });
  await server.restart();
  await sleep(500);
  const cold = await wave(server, room, built.length, joiners);

  await server.restart();
  const holder = connect(server, room);
  await whenDoc(holder.doc, () => holder.text.length >= built.length, 120_000, 'holder content');
  await sleep(1000);
  const warm = await wave(server, room, built.length, joiners);
  await destroyAll([holder]);
  return {
    textLength: built.length,
    encodedBytes: built.encodedBytes,
    messages: built.messages,
    cold,
    warm,
  };
}
