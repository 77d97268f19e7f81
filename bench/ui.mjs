// `npm run bench:ui [-- --root DIR] [--keystrokes N] [--rounds R] [--paragraphs N] [--json FILE]`: the UI bench
// of issue #10. Starts a built Kring of DIR (default: this checkout; `npm run build` first) on a
// free port with a temporary data dir, seeds it with the admin CLI and the REST API, then with
// the system Chromium measures (a) the gzip size of all JS fetched to show `/` (first screen,
// signed in) and `/d/:id` (document screen), each with a cold cache, and (b) keystroke → next
// frame at the end of a 2,000-paragraph document (median and p95 of R rounds of N keystrokes). Stops itself
// after a time limit and always stops its server (by PID).
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { commitOf, guardedRun } from './lib/browserRun.mjs';
import { median, percentile, round } from './lib/stats.mjs';
import { launchChromium } from './ui/browser.mjs';
import { createLongDocument } from './ui/document.mjs';
import { createCommentThreads } from './ui/comments.mjs';
import { createGlossary } from './ui/glossary.mjs';
import { measureScreenJs } from './ui/jsSize.mjs';
import { measureKeystrokes } from './ui/keystroke.mjs';
import { startKring } from './ui/server.mjs';

const TIME_LIMIT_MS = 10 * 60_000;
const here = fileURLToPath(new URL('..', import.meta.url));
const { values: options } = parseArgs({
  options: {
    root: { type: 'string', default: here },
    keystrokes: { type: 'string', default: '50' },
    paragraphs: { type: 'string', default: '2000' },
    rounds: { type: 'string', default: '3' },
    glossary: { type: 'string', default: '300' },
    'glossary-occurring': { type: 'string', default: '6' },
    threads: { type: 'string', default: '100' },
    json: { type: 'string' },
  },
});
const root = resolve(options.root);
const keystrokes = Number(options.keystrokes);
const paragraphs = Number(options.paragraphs);
const rounds = Number(options.rounds);
const glossaryTerms = Number(options.glossary);

const kb = (bytes) => round(bytes / 1024, 1);
const summary = (values) => ({
  median: round(median(values), 2),
  p95: round(percentile(values, 95), 2),
});

await guardedRun('bench:ui', TIME_LIMIT_MS, async (run) => {
  process.stdout.write(`bench:ui: Kring at ${root} (${commitOf(root)})\n`);
  const server = (run.server = await startKring(root));
  const documentId = await createLongDocument(server.origin, server.token, paragraphs);
  const browser = (run.browser = await launchChromium());
  const firstScreen = await measureScreenJs(browser, server.origin, '/', 'main h1');
  const documentScreen = await measureScreenJs(
    browser,
    server.origin,
    `/d/${documentId}`,
    '.ProseMirror',
  );
  // Each round opens the document afresh; the rounds are pooled and also reported one by one.
  const perRound = [];
  for (let k = 0; k < rounds; k++) {
    perRound.push(
      await measureKeystrokes(browser, server.origin, documentId, paragraphs, keystrokes),
    );
  }
  const samples = perRound.flatMap((r) => r.samples);
  // The same again with the community's glossary marking the page and comment threads on it
  // (issue #13: ≤ 1.2 × without).
  const threadCount = Number(options.threads);
  const withGlossary = [];
  if (glossaryTerms > 0 || threadCount > 0) {
    if (threadCount > 0) {
      await createCommentThreads(server.origin, server.token, documentId, threadCount);
    }
    if (glossaryTerms > 0) {
      await createGlossary(
        server.origin,
        server.token,
        glossaryTerms,
        Number(options['glossary-occurring']),
      );
    }
    for (let k = 0; k < rounds; k++) {
      withGlossary.push(
        await measureKeystrokes(
          browser,
          server.origin,
          documentId,
          paragraphs,
          keystrokes,
          5,
          glossaryTerms > 0 ? '.kring-term' : '.kring-commented',
        ),
      );
    }
  }
  const glossarySamples = withGlossary.flatMap((r) => r.samples);
  const result = {
    commit: commitOf(root),
    date: new Date().toISOString(),
    firstScreen: { ...firstScreen, gzipKB: kb(firstScreen.gzipBytes) },
    documentScreen: { ...documentScreen, gzipKB: kb(documentScreen.gzipBytes) },
    keystroke: {
      paragraphs,
      count: samples.length,
      rounds: perRound.map((r) => ({
        rafMs: summary(r.samples.map((sample) => sample.raf)),
        frameMs: summary(r.samples.map((sample) => sample.frame)),
        cpuMsPerKey: round(r.cpuMsPerKey, 2),
        cpuSplitMs: Object.fromEntries(
          Object.entries(r.cpuSplitMs).map(([key, value]) => [key, round(value, 2)]),
        ),
      })),
      cpuMsPerKey: round(median(perRound.map((r) => r.cpuMsPerKey)), 2),
      rafMs: summary(samples.map((sample) => sample.raf)),
      frameMs: summary(samples.map((sample) => sample.frame)),
    },
    ...(withGlossary.length > 0
      ? {
          keystrokeWithGlossary: {
            terms: glossaryTerms,
            commentThreads: threadCount,
            occurringInEveryParagraph: Number(options['glossary-occurring']),
            count: glossarySamples.length,
            cpuMsPerKey: round(median(withGlossary.map((r) => r.cpuMsPerKey)), 2),
            cpuSplitMs: withGlossary.map((r) =>
              Object.fromEntries(
                Object.entries(r.cpuSplitMs).map(([key, value]) => [key, round(value, 2)]),
              ),
            ),
            rafMs: summary(glossarySamples.map((sample) => sample.raf)),
            frameMs: summary(glossarySamples.map((sample) => sample.frame)),
          },
        }
      : {}),
  };
  const { firstScreen: f, documentScreen: d, keystroke: k } = result;
  process.stdout.write(
    [
      `first screen  /       : ${f.files} JS files, ${kb(f.rawBytes)} KB raw, ${f.gzipKB} KB gzip`,
      `document screen /d/:id: ${d.files} JS files, ${kb(d.rawBytes)} KB raw, ${d.gzipKB} KB gzip`,
      `keystroke → next rAF (${k.count} keys in ${rounds} rounds, ${paragraphs} paragraphs): median ${k.rafMs.median} ms, p95 ${k.rafMs.p95} ms`,
      `  per round (median/p95): ${k.rounds.map((r) => `${r.rafMs.median}/${r.rafMs.p95}`).join(', ')}`,
      `keystroke → frame rendered: median ${k.frameMs.median} ms, p95 ${k.frameMs.p95} ms`,
      `main-thread CPU per keystroke (median of rounds): ${k.cpuMsPerKey} ms (${k.rounds.map((r) => r.cpuMsPerKey).join(', ')})`,
      `  of which script / layout / other: ${k.rounds.map((r) => `${r.cpuSplitMs.script} / ${r.cpuSplitMs.layout} / ${r.cpuSplitMs.other}`).join(', ')}`,
      ...(result.keystrokeWithGlossary === undefined
        ? []
        : [
            `with ${glossaryTerms} glossary terms marked and ${threadCount} comment threads: keystroke → frame median ${result.keystrokeWithGlossary.frameMs.median} ms (${round(result.keystrokeWithGlossary.frameMs.median / k.frameMs.median, 2)} ×), p95 ${result.keystrokeWithGlossary.frameMs.p95} ms; CPU per keystroke ${result.keystrokeWithGlossary.cpuMsPerKey} ms (${round(result.keystrokeWithGlossary.cpuMsPerKey / k.cpuMsPerKey, 2)} ×)`,
            `  of which script / layout / other: ${result.keystrokeWithGlossary.cpuSplitMs.map((r) => `${r.script} / ${r.layout} / ${r.other}`).join(', ')}`,
          ]),
      '',
    ].join('\n'),
  );
  if (options.json) await writeFile(options.json, `${JSON.stringify(result, null, 2)}\n`);
});
