// Scenario 1 (fan-out) and 2 (ack): D documents × C clients, each client inserting a marker
// `{id}` at a random place every 1/rate s and moving its caret (awareness). Every other client of
// the document measures edit→remote latency when the marker arrives (same process, same clock).
// Kring clients also measure edit→`saved` latency (its state vector covers the edit's clock).
import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import { allSynced, connect, destroyAll } from '../clients/index.mjs';
import { startRssSampler } from '../servers/procStats.mjs';
import { percentile, round, sleep } from '../lib/stats.mjs';

const MARKER = /\{(\d+)\}/g;

// `carets: true` also moves the editor's caret (an awareness update) with every edit.
export const FANOUT_DEFAULTS = {
  docs: 20,
  clientsPerDoc: 10,
  rateHz: 2,
  durationS: 30,
  carets: false,
};

/** A random index that is not inside an existing marker (so markers stay intact). */
function markerBoundary(text) {
  const index = Math.floor(Math.random() * (text.length + 1));
  if (index === 0 || text[index - 1] === '}') return index;
  const close = text.indexOf('}', index);
  return close === -1 ? text.length : close + 1;
}

/**
 * Calls `onMarker(id, now)` for every marker inserted by a remote transaction. Reads only the
 * transaction's new items (not the text event's delta, which walks the whole text each time).
 */
function newMarkers(doc, onMarker) {
  return (transaction) => {
    if (transaction.local) return;
    const now = performance.now();
    transaction.afterState.forEach((after, client) => {
      const before = transaction.beforeState.get(client) ?? 0;
      if (after <= before) return;
      const structs = doc.store.clients.get(client);
      for (let i = Y.findIndexSS(structs, before); i < structs.length; i++) {
        const str = structs[i].content?.str;
        if (str) for (const match of str.matchAll(MARKER)) onMarker(Number(match[1]), now);
      }
    });
  };
}

function trackSaved(client, ackLatencies) {
  const pending = []; // { clock, t } in send order
  client.onSaved((stateVector) => {
    const durable = stateVector.get(client.doc.clientID) ?? 0;
    const now = performance.now();
    while (pending.length > 0 && pending[0].clock <= durable)
      ackLatencies.push(now - pending.shift().t);
  });
  return pending;
}

export async function runFanout(server, options = {}) {
  const { docs, clientsPerDoc, rateHz, durationS, carets } = { ...FANOUT_DEFAULTS, ...options };
  const rooms = Array.from({ length: docs }, (_, d) => `fanout-${d}`);
  await server.createDocuments(rooms);
  const clients = [];
  for (let d = 0; d < docs; d++)
    for (let c = 0; c < clientsPerDoc; c++) clients.push(connect(server, rooms[d]));
  await allSynced(clients);
  clients.forEach((client, i) => client.awareness.setLocalStateField('user', { name: `u${i}` }));
  await sleep(1000);

  const sentAt = [];
  let startedAt = performance.now();
  const latencies = [];
  const ackLatencies = [];
  const editsPerDoc = new Array(docs).fill(0);
  let delivered = 0;
  const pendingAcks = clients.map((client) =>
    client.onSaved ? trackSaved(client, ackLatencies) : null,
  );
  const bySecond = []; // latencies grouped by the second (since start) the edit was made
  const onMarker = (id, now) => {
    const latency = now - sentAt[id];
    latencies.push(latency);
    (bySecond[Math.floor((sentAt[id] - startedAt) / 1000)] ??= []).push(latency);
    delivered++;
  };
  for (const client of clients) client.doc.on('afterTransaction', newMarkers(client.doc, onMarker));

  const cpuStart = server.cpuSeconds();
  const loadCpuStart = process.cpuUsage();
  const rss = startRssSampler(server.pid);
  const periodMs = 1000 / rateHz;
  const timers = [];
  startedAt = performance.now();
  clients.forEach((client, i) => {
    const docIndex = Math.floor(i / clientsPerDoc);
    const edit = () => {
      const id = sentAt.length;
      const position = markerBoundary(client.text.toString());
      sentAt.push(performance.now());
      client.text.insert(position, `{${id}}`);
      editsPerDoc[docIndex]++;
      pendingAcks[i]?.push({
        clock: Y.getState(client.doc.store, client.doc.clientID),
        t: sentAt[id],
      });
      if (carets) client.awareness.setLocalStateField('cursor', { index: position });
    };
    const offset = Math.random() * periodMs;
    timers.push(setTimeout(() => timers.push(setInterval(edit, periodMs)), offset));
  });
  await sleep(durationS * 1000);
  for (const timer of timers) clearInterval(timer);
  const editingS = (performance.now() - startedAt) / 1000;
  const edits = sentAt.length;
  const expected = edits * (clientsPerDoc - 1);
  const drainDeadline = performance.now() + 10_000;
  while (delivered < expected && performance.now() < drainDeadline) await sleep(50);
  await sleep(1000);
  const cpuSeconds = server.cpuSeconds() - cpuStart;
  const loadCpu = process.cpuUsage(loadCpuStart);
  const windowPeakRss = rss.stop();
  const { peakRss } = server.memory();

  let convergedDocs = 0;
  for (let d = 0; d < docs; d++) {
    const texts = clients
      .slice(d * clientsPerDoc, (d + 1) * clientsPerDoc)
      .map((c) => c.text.toString());
    const markers = (texts[0].match(MARKER) ?? []).length;
    if (texts.every((t) => t === texts[0]) && markers === editsPerDoc[d]) convergedDocs++;
  }
  const unacked = pendingAcks.reduce((sum, pending) => sum + (pending?.length ?? 0), 0);
  await destroyAll(clients);
  return {
    edits,
    expectedDeliveries: expected,
    delivered,
    deliveredPerS: round(delivered / editingS, 1),
    latencyMs: {
      p50: round(percentile(latencies, 50)),
      p95: round(percentile(latencies, 95)),
      p99: round(percentile(latencies, 99)),
      max: round(percentile(latencies, 100)),
    },
    cpuSeconds: round(cpuSeconds),
    loadGeneratorCpuSeconds: round((loadCpu.user + loadCpu.system) / 1e6),
    peakRssBytes: peakRss,
    windowPeakRssBytes: windowPeakRss,
    convergedDocs,
    docs,
    ack:
      server.kind === 'kring'
        ? {
            acked: ackLatencies.length,
            unacked,
            p50: round(percentile(ackLatencies, 50)),
            p99: round(percentile(ackLatencies, 99)),
            max: round(percentile(ackLatencies, 100)),
          }
        : null,
    /** p99 of the edits made in each second of the run: shows periodic stalls. */
    p99BySecondMs: Array.from(bySecond, (values) => round(percentile(values ?? [], 99), 1)),
    samples: { latencyMs: latencies, ackMs: ackLatencies },
  };
}
