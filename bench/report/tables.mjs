// One table (columns + rows) per scenario from its runs: [{ kind, label, round, result }].
import { SERVERS } from '../servers/index.mjs';
import { kb, mb, num, ratio } from './format.mjs';
import { medianOf } from './targets.mjs';

const name = (run, runs) =>
  runs.filter((r) => r.kind === run.kind).length > 1 ? `${run.label} #${run.round}` : run.label;
const failed = (run, runs, width) => [
  name(run, runs),
  `ERROR: ${run.error}`,
  ...Array(width - 2).fill(''),
];

/** "Kring / peer" ratio rows for the listed metrics. */
function ratioRows(runs, metrics, width) {
  const rows = [];
  for (const peer of ['hocuspocus', 'ywebsocket']) {
    if (!runs.some((r) => r.kind === peer) || !runs.some((r) => r.kind === 'kring')) continue;
    const row = Array(width).fill('');
    row[0] = `Kring ÷ ${SERVERS[peer].short === 'H' ? 'Hocuspocus' : 'y-websocket-server'}`;
    for (const [column, get] of metrics)
      row[column] = ratio(medianOf(runs, 'kring', get), medianOf(runs, peer, get));
    rows.push(row);
  }
  return rows;
}

export function fanoutTable(runs) {
  const columns = [
    'server',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'max ms',
    'delivered/s',
    'delivered',
    'CPU s',
    'peak RSS MB',
    'converged',
    'load-gen CPU s',
  ];
  const rows = runs.map((run) => {
    if (run.error) return failed(run, runs, columns.length);
    const r = run.result;
    return [
      name(run, runs),
      num(r.latencyMs.p50, 2),
      num(r.latencyMs.p95, 2),
      num(r.latencyMs.p99, 2),
      num(r.latencyMs.max, 0),
      num(r.deliveredPerS, 0),
      `${r.delivered}/${r.expectedDeliveries}`,
      num(r.cpuSeconds, 2),
      mb(r.peakRssBytes),
      `${r.convergedDocs}/${r.docs}`,
      num(r.loadGeneratorCpuSeconds, 1),
    ];
  });
  const metrics = [
    [1, (r) => r.latencyMs.p50],
    [2, (r) => r.latencyMs.p95],
    [3, (r) => r.latencyMs.p99],
    [7, (r) => r.cpuSeconds],
    [8, (r) => r.peakRssBytes],
  ];
  return {
    title: 'Scenario 1 — fan-out: edit → remote latency',
    columns,
    rows: [...rows, ...ratioRows(runs, metrics, columns.length)],
  };
}

export function ackTable(runs) {
  const columns = [
    'server',
    'saved p50 ms',
    'saved p99 ms',
    'max ms',
    'acked edits',
    'never acked',
  ];
  const rows = runs.map((run) => {
    if (run.error) return failed(run, runs, columns.length);
    const a = run.result.ack;
    if (!a) return [name(run, runs), 'n/a', 'n/a', 'n/a', 'n/a (no saved message)', 'n/a'];
    return [
      name(run, runs),
      num(a.p50, 2),
      num(a.p99, 2),
      num(a.max, 1),
      String(a.acked),
      String(a.unacked),
    ];
  });
  return {
    title: 'Scenario 2 — ack: edit → saved (fsync) latency under the fan-out load',
    columns,
    rows,
  };
}

export function idleTable(runs) {
  const columns = [
    'server',
    'all synced s',
    'sync p50 ms',
    'sync p99 ms',
    'RSS before MB',
    'RSS after MB',
    'KB per conn',
    'CPU s',
  ];
  const rows = runs.map((run) => {
    if (run.error) return failed(run, runs, columns.length);
    const r = run.result;
    return [
      name(run, runs),
      num(r.allSyncedS, 2),
      num(r.syncMs.p50, 0),
      num(r.syncMs.p99, 0),
      mb(r.rssBeforeBytes),
      mb(r.rssAfterBytes),
      kb(r.rssPerConnectionBytes),
      num(r.cpuSeconds, 2),
    ];
  });
  const metrics = [
    [1, (r) => r.allSyncedS],
    [6, (r) => r.rssPerConnectionBytes],
    [7, (r) => r.cpuSeconds],
  ];
  return {
    title: 'Scenario 3 — idle capacity: connections opened at once',
    columns,
    rows: [...rows, ...ratioRows(runs, metrics, columns.length)],
  };
}

export function coldLoadTable(runs) {
  const columns = [
    'server',
    'synced ms',
    'full content ms',
    'length at synced',
    'median synced ms',
    'median full ms',
    'synced before content',
    'content ok',
    'CPU s',
    'doc KB',
  ];
  const rows = runs.map((run) => {
    if (run.error) return failed(run, runs, columns.length);
    const r = run.result;
    return [
      name(run, runs),
      num(r.first.syncedMs, 0),
      num(r.first.fullMs, 0),
      `${r.first.lengthAtSynced}/${r.textLength}`,
      num(r.medianSyncedMs, 0),
      num(r.medianFullMs, 0),
      r.syncedBeforeContent ? 'YES' : 'no',
      r.contentCorrect ? 'yes' : 'NO',
      num(r.first.cpuSeconds, 2),
      kb(r.encodedBytes),
    ];
  });
  const metrics = [
    [1, (r) => r.first.syncedMs],
    [2, (r) => r.first.fullMs],
    [4, (r) => r.medianSyncedMs],
    [5, (r) => r.medianFullMs],
  ];
  return {
    title:
      'Scenario 4 — cold load: long editing history, server restarted (first load; median of restarts)',
    columns,
    rows: [...rows, ...ratioRows(runs, metrics, columns.length)],
  };
}

export function joinStormTable(runs) {
  const columns = [
    'server',
    'phase',
    'synced p50 ms',
    'synced p99 ms',
    'content p50 ms',
    'content p99 ms',
    'CPU s',
    'wave peak RSS MB',
    'process peak RSS MB',
    'synced before content',
    'got content',
  ];
  const rows = [];
  for (const run of runs) {
    if (run.error) {
      rows.push(failed(run, runs, columns.length));
      continue;
    }
    for (const phase of ['cold', 'warm']) {
      const w = run.result[phase];
      rows.push([
        name(run, runs),
        phase,
        num(w.syncedMs.p50, 0),
        num(w.syncedMs.p99, 0),
        num(w.fullMs.p50, 0),
        num(w.fullMs.p99, 0),
        num(w.cpuSeconds, 2),
        mb(w.wavePeakRssBytes),
        mb(w.peakRssBytes),
        `${w.syncedBeforeContent}/${w.joiners}`,
        `${w.fullContent}/${w.joiners}`,
      ]);
    }
  }
  for (const phase of ['cold', 'warm']) {
    const metrics = [
      [4, (r) => r[phase].fullMs.p50],
      [5, (r) => r[phase].fullMs.p99],
      [6, (r) => r[phase].cpuSeconds],
      [8, (r) => r[phase].peakRssBytes],
    ];
    for (const row of ratioRows(runs, metrics, columns.length))
      rows.push([row[0], phase, ...row.slice(2)]);
  }
  return { title: 'Scenario 5 — join storm: joiners of a large document at once', columns, rows };
}

export function documentsTable(runs) {
  const columns = [
    'server',
    'intact docs',
    'all synced s',
    'RSS before MB',
    'RSS after MB',
    'KB per opened doc',
    'CPU s',
  ];
  const rows = runs.map((run) => {
    if (run.error) return failed(run, runs, columns.length);
    const r = run.result;
    return [
      name(run, runs),
      `${r.intact}/${r.docs}`,
      num(r.allSyncedS, 2),
      mb(r.rssBeforeBytes),
      mb(r.rssAfterBytes),
      kb(r.rssPerDocumentBytes),
      num(r.cpuSeconds, 2),
    ];
  });
  const metrics = [
    [2, (r) => r.allSyncedS],
    [5, (r) => r.rssPerDocumentBytes],
    [6, (r) => r.cpuSeconds],
  ];
  return {
    title: 'Scenario 5 — opened documents: 1 KB documents after a restart, one editor each',
    columns,
    rows: [...rows, ...ratioRows(runs, metrics, columns.length)],
  };
}
