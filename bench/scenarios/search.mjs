// Search (M4): Kring's embedded search index (server/src/search, built to server/dist) over a
// seeded synthetic corpus of Dutch/English documents: index build time, snapshot size on disk and
// save/load time, heap used by the index, query latency over varied queries (with a permission
// filter, as the server will run them), and edit → findable time. In-process, no server.
//
//   node --expose-gc bench/scenarios/search.mjs [--docs 10000] [--words 1000] [--queries 300]
//
// Writes bench/results/search-<stamp>.json and prints a summary.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { MB, percentile, round } from '../lib/stats.mjs';
import { syntheticCorpus } from '../lib/syntheticCorpus.mjs';

export const SEARCH_DEFAULTS = { docs: 10_000, words: 1000, queries: 300, edits: 20 };
const P95_TARGET_MS = 50;

const root = fileURLToPath(new URL('../../', import.meta.url));
const say = (text) => process.stdout.write(`${text}\n`);

function heapMB() {
  for (let i = 0; i < 3; i++) globalThis.gc?.();
  return process.memoryUsage().heapUsed / MB;
}

/** Typo: one letter of a longer word replaced by its neighbour in the alphabet. */
function typo(word, random) {
  const at = 1 + Math.floor(random() * (word.length - 2));
  const letter = String.fromCharCode(((word.charCodeAt(at) - 97 + 1) % 26) + 97);
  return word.slice(0, at) + letter + word.slice(at + 1);
}

/** Varied search box strings: 1–3 words, prefixes (as you type), compound heads, typos. */
function makeQueries(corpus, count) {
  const { random, dutchForms, englishForms, dutchRoots } = corpus;
  const any = () => (random() < 0.6 ? dutchForms : englishForms);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const kinds = [
    ['1 word', () => pick(any())],
    ['2 words', () => `${pick(any())} ${pick(any())}`],
    ['3 words', () => `${pick(any())} ${pick(any())} ${pick(any())}`],
    ['prefix (typing)', () => pick(any()).slice(0, 2 + Math.floor(random() * 4))],
    ['word + prefix', () => `${pick(any())} ${pick(any()).slice(0, 3)}`],
    ['compound head', () => pick(dutchRoots) + pick(dutchRoots).slice(0, 3)],
    ['typo', () => typo(pick(any().filter((w) => w.length >= 6)), random)],
  ];
  const queries = [];
  for (let i = 0; i < count; i++) {
    const [kind, make] = kinds[i % kinds.length];
    queries.push({ kind, text: make() });
  }
  return queries;
}

function latencyStats(samples) {
  return {
    n: samples.length,
    p50: round(percentile(samples, 50)),
    p95: round(percentile(samples, 95)),
    p99: round(percentile(samples, 99)),
    max: round(Math.max(...samples)),
  };
}

export async function runSearch(settings = SEARCH_DEFAULTS) {
  const { SearchIndex } = await import(`${root}server/dist/search/SearchIndex.js`);
  const { SearchIndexFile } = await import(`${root}server/dist/search/SearchIndexFile.js`);
  const corpus = syntheticCorpus();
  const heapEmpty = heapMB();
  const loadBefore = round(loadavg()[0]);

  let documents = [];
  for (let i = 0; i < settings.docs; i++)
    documents.push(corpus.document(i, { wordsPerDocument: settings.words }));
  const bodyMB = documents.reduce((n, d) => n + d.body.length, 0) / MB;

  let index = SearchIndex.empty();
  const buildStart = performance.now();
  for (const document of documents) index.upsert(document);
  const buildMs = performance.now() - buildStart;
  const sample = documents.slice(0, settings.edits);
  documents = null; // the index keeps its own copy of what it needs
  const heapIndexMB = heapMB() - heapEmpty;

  const folder = await mkdtemp(join(tmpdir(), 'kring-bench-search-'));
  const file = SearchIndexFile.inDataDir(folder);
  let saveMs;
  let loadMs;
  let fileBytes;
  try {
    const saveStart = performance.now();
    await file.save(index);
    saveMs = performance.now() - saveStart;
    fileBytes = (await stat(file.path)).size;
    index = null;
    heapMB();
    const loadStart = performance.now();
    index = await file.load();
    loadMs = performance.now() - loadStart;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
  if (index === null || index.size !== settings.docs) throw new Error('snapshot did not load');
  const heapLoadedMB = heapMB() - heapEmpty;

  // A reader of 10 of the 20 communities; the permission check runs inside every search.
  const readable = new Set(Array.from({ length: 10 }, (_, i) => `community-${i * 2}`));
  const allowed = ({ communityId }) => readable.has(communityId);
  const queries = makeQueries(corpus, settings.queries);
  for (const q of queries.slice(0, 20)) index.search(q.text, { allowed }); // warm-up
  const byKind = new Map();
  const all = [];
  const cpu = [];
  let totalHits = 0;
  for (const q of queries) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    const result = index.search(q.text, { allowed });
    const ms = performance.now() - start;
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
    all.push(ms);
    totalHits += result.total;
    if (!byKind.has(q.kind)) byKind.set(q.kind, []);
    byKind.get(q.kind).push(ms);
  }

  // Edit → findable: a new word in an existing document, upserted, then searched for.
  const editMs = [];
  for (const [i, original] of sample.entries()) {
    const marker = `bewerkingsmarker${i}x`;
    const start = performance.now();
    index.upsert({
      ...original,
      body: `${original.body}\n${marker}`,
      updatedAt: new Date().toISOString(),
    });
    const found = index
      .search(marker, { allowed: () => true })
      .hits.some((h) => h.id === original.id);
    editMs.push(performance.now() - start);
    if (!found) throw new Error(`edited document ${original.id} not findable`);
  }

  const queryStats = latencyStats(all);
  return {
    settings,
    machine: {
      cpus: cpus().length,
      loadavg1mBefore: loadBefore,
      loadavg1mAfter: round(loadavg()[0]),
      node: process.version,
    },
    corpus: { documents: settings.docs, bodyMB: round(bodyMB, 1) },
    build: { ms: round(buildMs), docsPerS: round(settings.docs / (buildMs / 1000)) },
    snapshot: { fileMB: round(fileBytes / MB, 1), saveMs: round(saveMs), loadMs: round(loadMs) },
    heap: {
      indexMB: round(heapIndexMB, 1),
      afterLoadMB: round(heapLoadedMB, 1),
      gc: !!globalThis.gc,
    },
    // CPU time of this process per query (includes GC threads): what the query costs, without
    // the waiting for a core that other processes on the machine cause.
    queryCpuMs: latencyStats(cpu),
    query: {
      ...queryStats,
      byKind: Object.fromEntries([...byKind].map(([k, v]) => [k, latencyStats(v)])),
    },
    meanTotal: round(totalHits / queries.length, 1),
    editToFindable: latencyStats(editMs),
    target: { p95Ms: P95_TARGET_MS, met: queryStats.p95 < P95_TARGET_MS },
  };
}

function parseArgs(argv) {
  const settings = { ...SEARCH_DEFAULTS };
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i].replace(/^--/, '');
    if (key === 'quick') Object.assign(settings, { docs: 1000, queries: 100 });
    else if (key in settings) settings[key] = Number(argv[++i]);
    else
      throw new Error(
        `unknown argument ${argv[i]} (--docs N --words N --queries N --edits N --quick)`,
      );
  }
  return settings;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!existsSync(`${root}server/dist/search/SearchIndex.js`))
    spawnSync('npx', ['tsc', '-b', 'server'], { cwd: root, stdio: 'inherit' });
  if (!globalThis.gc) say('note: run with node --expose-gc for exact heap figures');
  const result = await runSearch(parseArgs(process.argv.slice(2)));
  say(JSON.stringify(result, null, 2));
  const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
  const dir = `${root}bench/results`;
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, `search-${stamp}.json`), JSON.stringify(result, null, 2));
  say(`wrote bench/results/search-${stamp}.json`);
}
