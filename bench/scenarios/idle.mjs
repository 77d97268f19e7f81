// Scenario 3 (idle capacity): N connections over D documents opened at once (each with a presence
// state, as an editor would); time until all are synced and server RSS per extra connection.
import { performance } from 'node:perf_hooks';
import { allSynced, connect, destroyAll } from '../clients/index.mjs';
import { startRssSampler } from '../servers/procStats.mjs';
import { percentile, round, sleep } from '../lib/stats.mjs';

export const IDLE_DEFAULTS = { connections: 2000, docs: 200, settleS: 3 };

export async function runIdle(server, options = {}) {
  const { connections, docs, settleS } = { ...IDLE_DEFAULTS, ...options };
  const rooms = Array.from({ length: docs }, (_, d) => `idle-${d}`);
  await server.createDocuments(rooms);
  await sleep(1000);
  const rssBefore = server.memory().rss;
  const cpuStart = server.cpuSeconds();
  const rss = startRssSampler(server.pid);
  const syncMs = new Array(connections);
  const clients = [];
  const startedAt = performance.now();
  for (let i = 0; i < connections; i++) {
    const client = connect(server, rooms[i % docs]);
    client.awareness.setLocalStateField('user', { name: `u${i}` });
    client.onFirstSync(() => (syncMs[i] = performance.now() - startedAt));
    clients.push(client);
  }
  await allSynced(clients, 180_000);
  const allSyncedS = (performance.now() - startedAt) / 1000;
  await sleep(settleS * 1000);
  const rssAfter = server.memory().rss;
  const cpuSeconds = server.cpuSeconds() - cpuStart;
  const peakRss = rss.stop();
  await destroyAll(clients);
  return {
    connections,
    docs,
    allSyncedS: round(allSyncedS, 3),
    syncMs: { p50: round(percentile(syncMs, 50)), p99: round(percentile(syncMs, 99)) },
    rssBeforeBytes: rssBefore,
    rssAfterBytes: rssAfter,
    rssPerConnectionBytes: Math.round((rssAfter - rssBefore) / connections),
    cpuSeconds: round(cpuSeconds),
    peakRssBytes: peakRss,
    samples: { syncMs },
  };
}
