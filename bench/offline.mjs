// `npm run bench:offline [-- --root DIR] [--pages N] [--changes N] [--rounds R] [--json FILE]
// [--console]`:
// the M5 bench. Starts a built Kring of DIR (default: this checkout; `npm run build` first) on a
// free port with a temporary data dir, imports N pages (200–1,500 words, headings, lists) and
// signs up an editor, then in the system Chromium (fresh profile, 1280×800) signs in and measures
// (a) the time from the first screen after sign-in until all N pages are on the device (every
// record of the `kring-offline` database has the server's state vector and the sidebar says
// saved), the storage it takes and the number of `/offline/pull` requests; (b) catch-up: C pages
// changed on the server, an 'online' event, until their local records hold the new paragraph
// (median of R rounds). Stops itself after a time limit and always stops its server (by PID).
/* global window -- in a function passed to page.evaluate */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { commitOf, guardedRun } from './lib/browserRun.mjs';
import { median, round } from './lib/stats.mjs';
import { launchChromium } from './ui/browser.mjs';
import { COMMUNITY, startKring } from './ui/server.mjs';
import { offlinePages } from './offline/corpus.mjs';
import {
  offlineLineState,
  offlineRecords,
  signIn,
  storageEstimate,
  waitFor,
} from './offline/page.mjs';
import { appendParagraphs, importPages, inviteMember } from './offline/seed.mjs';

const TIME_LIMIT_MS = 10 * 60_000;
const AVAILABLE_TIMEOUT_MS = 5 * 60_000;
const CATCH_UP_TIMEOUT_MS = 60_000;
const SETTLE_MS = 3000;
const TARGET_AVAILABLE_S = 60;
const TARGET_CATCH_UP_S = 3;
const PASSWORD = 'offline-bench-password-not-secret';
const here = fileURLToPath(new URL('..', import.meta.url));
const { values: options } = parseArgs({
  options: {
    root: { type: 'string', default: here },
    pages: { type: 'string', default: '500' },
    changes: { type: 'string', default: '20' },
    rounds: { type: 'string', default: '3' },
    json: { type: 'string' },
    // Prints the page's console (for timing logs added while profiling).
    console: { type: 'boolean', default: false },
  },
});
const root = resolve(options.root);
const pageCount = Number(options.pages);
const changeCount = Number(options.changes);
const rounds = Number(options.rounds);
if (changeCount > 50 || changeCount * rounds > pageCount) {
  throw new Error('--changes is at most 50, and --changes × --rounds at most --pages');
}

const mb = (bytes) => (bytes === null || bytes === undefined ? null : round(bytes / 1e6, 1));
const seconds = (ms) => round(ms / 1000, 2);
const log = (line) => process.stdout.write(`bench:offline: ${line}\n`);

/** Main-thread CPU seconds of the page so far (DevTools commands excluded). */
async function mainThreadSeconds(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name) => metrics.find((metric) => metric.name === name)?.value ?? 0;
  return value('TaskDuration') - value('DevToolsCommandDuration');
}

/** Wall times of the requests whose path ends with `suffix` (started, finished, response bytes). */
function recordRequests(context, suffixes) {
  const seen = Object.fromEntries(suffixes.map((suffix) => [suffix, []]));
  context.on('requestfinished', async (request) => {
    const path = new URL(request.url()).pathname;
    const suffix = suffixes.find((s) => path.endsWith(s));
    if (suffix === undefined) return;
    const timing = request.timing();
    const entry = {
      start: timing.startTime,
      end: timing.startTime + timing.responseEnd,
      bytes: null,
    };
    seen[suffix].push(entry);
    entry.bytes = (await request.sizes().catch(() => null))?.responseBodySize ?? null;
  });
  return seen;
}

await guardedRun('bench:offline', TIME_LIMIT_MS, async (run) => {
  const commit = commitOf(root);
  log(`Kring at ${root} (${commit})`);
  const server = (run.server = await startKring(root));
  const pages = offlinePages(pageCount);
  const seedStart = Date.now();
  const ids = await importPages(server.origin, server.token, pages);
  const email = await inviteMember(server.origin, server.token, PASSWORD);
  const words = pages.reduce((sum, page) => sum + page.words, 0);
  log(`seeded ${ids.length} pages (${words} words) in ${seconds(Date.now() - seedStart)} s`);

  const browser = (run.browser = await launchChromium());
  const context = await browser.newContext({
    baseURL: server.origin,
    locale: 'en-US',
    viewport: { width: 1280, height: 800 },
  });
  const requests = recordRequests(context, ['/offline', '/offline/pull', '/offline/push']);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  if (options.console) page.on('console', (m) => process.stdout.write(`console: ${m.text()}\n`));
  page.on('pageerror', (error) => process.stderr.write(`page error: ${error.message}\n`));
  await page.goto('/login');
  await page.getByLabel(/email address/i).waitFor();
  const storageBefore = await storageEstimate(page);

  // (a) Available offline: from the first screen after signing in until all pages are stored.
  const { clicked, left } = await signIn(page, email, PASSWORD);
  const cpuStart = await mainThreadSeconds(cdp);
  let sawSyncing = false;
  await waitFor(
    `${pageCount} pages on the device`,
    async () => {
      const state = await offlineLineState(page);
      if (state === 'syncing') sawSyncing = true;
      if (state !== 'saved') return false;
      const { pulled } = await offlineRecords(page, COMMUNITY);
      return pulled === pageCount;
    },
    { timeoutMs: AVAILABLE_TIMEOUT_MS, everyMs: 100 },
  );
  const available = Date.now();
  const availableCpuS = (await mainThreadSeconds(cdp)) - cpuStart;
  const pulls = requests['/offline/pull'];
  const availableMs = available - left;
  const initialPulls = [...pulls];
  const initialManifests = requests['/offline'].length;
  log(
    `available offline: ${seconds(availableMs)} s after the first screen (main thread ${round(availableCpuS, 2)} s) (${seconds(available - clicked)} s after the click), ${pulls.length} pull requests`,
  );
  // Let the estimate catch up with the last writes before reading it.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const storageAfter = await storageEstimate(page);
  const { total: storedRecords } = await offlineRecords(page, COMMUNITY);
  log(
    `storage: ${mb(storageBefore.usage)} MB before, ${mb(storageAfter.usage)} MB after (IndexedDB ${mb(storageAfter.usageDetails?.indexedDB)} MB, ${storageAfter.contentDatabases} content databases)`,
  );

  // (b) Catch-up: pages changed on the server while this tab was away, then the network returns.
  const catchUps = [];
  for (let round_ = 0; round_ < rounds; round_++) {
    const changed = ids.slice(round_ * changeCount, (round_ + 1) * changeCount);
    const marker = (id) => `Catch-up round ${round_ + 1} changed ${id} on the server.`;
    await appendParagraphs(server.origin, server.token, changed, marker);
    // The server writes each page's "changed by, when" about a second after its content; a pass
    // in between would fetch the page again on the next one. Changes made while away have settled.
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const pullsBefore = pulls.length;
    const start = Date.now();
    const cpuBefore = await mainThreadSeconds(cdp);
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await waitFor(
      `${changeCount} changed pages stored`,
      async () => {
        const { records } = await offlineRecords(page, COMMUNITY, changed);
        return changed.every((id) => records[id]?.text.includes(marker(id)));
      },
      { timeoutMs: CATCH_UP_TIMEOUT_MS, everyMs: 25 },
    );
    const ms = Date.now() - start;
    const cpuS = (await mainThreadSeconds(cdp)) - cpuBefore;
    await waitFor('the line to say saved', async () => (await offlineLineState(page)) === 'saved', {
      timeoutMs: CATCH_UP_TIMEOUT_MS,
      everyMs: 25,
    });
    catchUps.push({ ms, cpuS, pulls: pulls.length - pullsBefore });
    log(
      `catch-up round ${round_ + 1}: ${seconds(ms)} s (main thread ${round(cpuS, 2)} s), ${pulls.length - pullsBefore} pull requests`,
    );
  }

  const catchUpMs = median(catchUps.map((c) => c.ms));
  const result = {
    commit,
    date: new Date().toISOString(),
    pages: pageCount,
    words,
    available: {
      seconds: seconds(availableMs),
      secondsFromClick: seconds(available - clicked),
      mainThreadSeconds: round(availableCpuS, 2),
      sawSyncingState: sawSyncing,
      storedRecords,
      pullRequests: initialPulls.length,
      pullResponseMB: mb(initialPulls.reduce((sum, p) => sum + (p.bytes ?? 0), 0)),
      manifestRequests: initialManifests,
      targetSeconds: TARGET_AVAILABLE_S,
      met: availableMs < TARGET_AVAILABLE_S * 1000,
    },
    storage: {
      beforeMB: mb(storageBefore.usage),
      afterMB: mb(storageAfter.usage),
      indexedDBMB: mb(storageAfter.usageDetails?.indexedDB),
      details: storageAfter.usageDetails,
      contentDatabases: storageAfter.contentDatabases,
    },
    catchUp: {
      changes: changeCount,
      rounds: catchUps.map((c) => ({
        seconds: seconds(c.ms),
        mainThreadSeconds: round(c.cpuS, 2),
        pullRequests: c.pulls,
      })),
      medianSeconds: seconds(catchUpMs),
      targetSeconds: TARGET_CATCH_UP_S,
      met: catchUpMs < TARGET_CATCH_UP_S * 1000,
    },
  };
  const { available: a, storage: s, catchUp: c } = result;
  process.stdout.write(
    [
      `${pageCount} pages (${words} words) available offline: ${a.seconds} s from the first screen (target < ${TARGET_AVAILABLE_S} s: ${a.met ? 'met' : 'NOT met'}); ${a.pullRequests} pull requests (${a.pullResponseMB} MB), ${a.manifestRequests} manifest requests`,
      `storage: ${s.beforeMB} → ${s.afterMB} MB (IndexedDB ${s.indexedDBMB} MB; ${s.contentDatabases} content databases)`,
      `catch-up after ${changeCount} pages changed: median ${c.medianSeconds} s (${c.rounds.map((r) => r.seconds).join(', ')}) (target < ${TARGET_CATCH_UP_S} s: ${c.met ? 'met' : 'NOT met'})`,
      '',
    ].join('\n'),
  );
  if (options.json) await writeFile(options.json, `${JSON.stringify(result, null, 2)}\n`);
});
