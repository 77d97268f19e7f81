// The load generator: runs the selected scenarios against each server (each a fresh child
// process), alternating servers, then prints tables and targets and writes JSON, SVG and Markdown.
// Started by run.mjs (which installs, builds and gives this process a large heap).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SERVERS, SERVER_KINDS, startServer } from './servers/index.mjs';
import { FANOUT_DEFAULTS, runFanout } from './scenarios/fanout.mjs';
import { IDLE_DEFAULTS, runIdle } from './scenarios/idle.mjs';
import { COLDLOAD_DEFAULTS, runColdLoad } from './scenarios/coldload.mjs';
import { JOINSTORM_DEFAULTS, runJoinStorm } from './scenarios/joinstorm.mjs';
import { DOCUMENTS_DEFAULTS, runDocuments } from './scenarios/documents.mjs';
import {
  ackTable,
  coldLoadTable,
  documentsTable,
  fanoutTable,
  idleTable,
  joinStormTable,
} from './report/tables.mjs';
import { evaluateTargets } from './report/targets.mjs';
import { markdownTable, textTable } from './report/format.mjs';
import { cdfChart } from './report/svg.mjs';

const SCENARIOS = {
  fanout: {
    run: runFanout,
    defaults: FANOUT_DEFAULTS,
    quick: { docs: 4, clientsPerDoc: 5, durationS: 5 },
    tables: [fanoutTable, ackTable],
    chart: (r) => [['edit → remote latency', r.samples.latencyMs]],
  },
  idle: {
    run: runIdle,
    defaults: IDLE_DEFAULTS,
    quick: { connections: 200, docs: 20, settleS: 1 },
    tables: [idleTable],
    chart: (r) => [['connect → synced', r.samples.syncMs]],
  },
  coldload: {
    run: runColdLoad,
    defaults: COLDLOAD_DEFAULTS,
    quick: { ops: 10_000, restarts: 2 },
    tables: [coldLoadTable],
    chart: (r) => [['connect → full content', r.samples.fullMs]],
  },
  documents: {
    run: runDocuments,
    defaults: DOCUMENTS_DEFAULTS,
    quick: { docs: 100, batch: 25, settleS: 1 },
    tables: [documentsTable],
    chart: (r) => [['connect → synced', r.samples.syncMs]],
  },
  joinstorm: {
    run: runJoinStorm,
    defaults: JOINSTORM_DEFAULTS,
    quick: { docMB: 2, joiners: 20 },
    tables: [joinStormTable],
    chart: (r) => [
      ['cold, connect → content', r.cold.samples.fullMs],
      ['warm, connect → content', r.warm.samples.fullMs],
    ],
  },
};
const ORDER = ['fanout', 'idle', 'documents', 'coldload', 'joinstorm'];

function parseArgs(argv) {
  const options = {
    scenarios: ORDER,
    servers: SERVER_KINDS,
    rounds: 1,
    quick: false,
    carets: false,
    set: {},
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=');
    const value = () => inline ?? argv[++i];
    if (flag === '--quick') options.quick = true;
    else if (flag === '--carets') options.carets = true;
    else if (flag === '--set') {
      // --set joiners=50 overrides that setting in every scenario that has it
      const [key, v] = value().split(':').join('=').split('=');
      options.set[key] = Number(v);
    } else if (flag === '--scenario' || flag === '--scenarios')
      options.scenarios = value().split(',');
    else if (flag === '--servers' || flag === '--server') options.servers = value().split(',');
    else if (flag === '--rounds') options.rounds = Number(value());
    else
      throw new Error(
        `unknown argument ${argv[i]} (use --scenario fanout,ack,idle,documents,coldload,joinstorm --servers kring,hocuspocus,ywebsocket --rounds N --quick --carets --set key=value)`,
      );
  }
  // `ack` is measured during the fan-out run (Kring only has `saved`).
  if (options.scenarios.includes('ack') && !options.scenarios.includes('fanout')) {
    options.scenarios = ['fanout', ...options.scenarios];
    if (options.scenarios.length === 2) options.servers = ['kring'];
  }
  options.scenarios = ORDER.filter((s) => options.scenarios.includes(s));
  for (const s of options.servers) if (!SERVERS[s]) throw new Error(`unknown server ${s}`);
  return options;
}

const say = (text) => process.stdout.write(`${text}\n`);
const resultsDir = fileURLToPath(new URL('./results/', import.meta.url));
const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);

/** Drops the raw samples (they go into the SVG) so the JSON stays readable. */
const withoutSamples = (value) =>
  JSON.parse(JSON.stringify(value, (key, v) => (key === 'samples' ? undefined : v)));

async function runScenario(name, spec, options) {
  const settings = { ...spec.defaults, ...(options.quick ? spec.quick : {}) };
  if (name === 'fanout' && options.carets) settings.carets = true;
  for (const [key, v] of Object.entries(options.set)) if (key in settings) settings[key] = v;
  const runs = [];
  for (let round = 1; round <= options.rounds; round++) {
    for (const kind of options.servers) {
      const label = SERVERS[kind].label;
      say(`[${new Date().toISOString().slice(11, 19)}] ${name} round ${round}: ${label} …`);
      const dataDir = await mkdtemp(join(tmpdir(), `kring-bench-${kind}-`));
      let server = null;
      try {
        server = await startServer(kind, dataDir);
        runs.push({ kind, label, round, result: await spec.run(server, settings) });
      } catch (error) {
        say(`  ${label} failed: ${error.stack ?? error}`);
        runs.push({ kind, label, round, error: String(error.message ?? error) });
      } finally {
        await server?.stop();
        await rm(dataDir, { recursive: true, force: true });
      }
    }
  }
  return { settings, runs };
}

async function main() {
  process.setMaxListeners(0); // y-websocket adds one 'exit' listener per provider
  const options = parseArgs(process.argv.slice(2));
  await mkdir(resultsDir, { recursive: true });
  say(
    `Kring bench: scenarios ${options.scenarios.join(', ')}; servers ${options.servers.join(', ')}; rounds ${options.rounds}${options.quick ? '; QUICK settings' : ''}`,
  );
  const all = {};
  const markdown = [];
  for (const name of options.scenarios) {
    const spec = SCENARIOS[name];
    const { settings, runs } = await runScenario(name, spec, options);
    all[name] = runs;
    for (const table of spec.tables.map((make) => make(runs))) {
      const title = `${table.title} (${JSON.stringify(settings)})`;
      say(`\n${textTable(title, table.columns, table.rows)}`);
      markdown.push(markdownTable(title, table.columns, table.rows));
    }
    const series = runs
      .filter((r) => !r.error)
      .flatMap((r) =>
        spec
          .chart(r.result)
          .map(([what, values]) => ({ label: `${r.label} #${r.round} ${what}`, values })),
      );
    if (name === 'fanout')
      for (const r of runs.filter((run) => run.result?.ack))
        series.push({
          label: `${r.label} #${r.round} edit → saved`,
          values: r.result.samples.ackMs,
        });
    const base = join(resultsDir, `${name}-${stamp}`);
    await writeFile(`${base}.svg`, cdfChart(`${name}: latency distribution (CDF)`, series));
    await writeFile(
      `${base}.json`,
      JSON.stringify({ scenario: name, settings, runs: withoutSamples(runs) }, null, 2),
    );
    say(`wrote ${base}.json and .svg`);
  }
  const targets = evaluateTargets(all);
  if (targets.length) {
    say('\nKring targets (issue 3):');
    for (const t of targets) say(`  ${t.status}  ${t.label}: ${t.detail}`);
    markdown.push(
      '### Targets',
      '',
      ...targets.map((t) => `- **${t.status}** ${t.label}: ${t.detail}`),
      '',
    );
  }
  await writeFile(join(resultsDir, `summary-${stamp}.md`), markdown.join('\n'));
  await writeFile(join(resultsDir, `targets-${stamp}.json`), JSON.stringify(targets, null, 2));
  say(`\nwrote ${join(resultsDir, `summary-${stamp}.md`)}`);
}

await main();
process.exit(0);
