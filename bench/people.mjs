// `npm run bench:people [-- --json FILE]`: the M6 "who knows what" evaluation. Runs the people-search
// integration test (a real Kring in-process on a temporary LevelDB, the fixture community of
// tests/fixtures/people/community.json built by its members through the API) with
// KRING_PEOPLE_REPORT set, then prints first-hit rate, mean reciprocal rank and every miss as
// Markdown for bench/RESULTS.md. Exits non-zero when the test fails (first-hit below 90 %).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values: options } = parseArgs({ options: { json: { type: 'string' } } });
const work = mkdtempSync(join(tmpdir(), 'kring-bench-people-'));
const report = join(work, 'people.json');
const started = Date.now();
const run = spawnSync(
  'npx',
  ['vitest', 'run', '--project', 'integration', 'tests/integration/people-search.test.ts'],
  {
    cwd: root,
    env: { ...process.env, KRING_PEOPLE_REPORT: report, NO_COLOR: '1' },
    stdio: ['ignore', 'inherit', 'inherit'],
    timeout: 10 * 60_000,
  },
);
let evaluation;
try {
  evaluation = JSON.parse(readFileSync(report, 'utf8'));
} catch {
  console.error('bench:people: the evaluation wrote no report (see the test output above)');
  rmSync(work, { recursive: true, force: true });
  process.exit(1);
}
rmSync(work, { recursive: true, force: true });
const percent = (value) => `${(value * 100).toFixed(1)} %`;
const byLanguage = (lang) => evaluation.outcomes.filter((outcome) => outcome.lang === lang);
const firstHits = (outcomes) => outcomes.filter((outcome) => outcome.rank === 1).length;
const mrr = (outcomes) =>
  outcomes.reduce((sum, o) => sum + (o.rank === null ? 0 : 1 / o.rank), 0) /
  Math.max(outcomes.length, 1);
const lines = [
  `Questions: ${evaluation.outcomes.length} (${byLanguage('nl').length} Dutch, ${byLanguage('en').length} English); run took ${((Date.now() - started) / 1000).toFixed(1)} s`,
  '',
  '| | first hit | MRR |',
  '|---|---|---|',
  `| all | ${percent(evaluation.firstHitRate)} | ${evaluation.meanReciprocalRank.toFixed(3)} |`,
  ...['nl', 'en'].map((lang) => {
    const outcomes = byLanguage(lang);
    return `| ${lang} | ${percent(firstHits(outcomes) / Math.max(outcomes.length, 1))} | ${mrr(outcomes).toFixed(3)} |`;
  }),
  '',
  'Misses (expected person not first):',
  ...evaluation.outcomes
    .filter((outcome) => outcome.rank !== 1)
    .map(
      (o) => `- "${o.q}": expected ${o.expected}, rank ${o.rank ?? '—'}, top ${o.top.join(', ')}`,
    ),
];
process.stdout.write(`\n${lines.join('\n')}\n`);
if (options.json) writeFileSync(resolve(options.json), JSON.stringify(evaluation, null, 2));
process.exit(run.status ?? 1);
