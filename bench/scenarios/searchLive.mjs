// Edit → findable through the running server: an edit made over the websocket, then
// `GET /api/search` asked every 25 ms until the new word is found. This is what a user sees:
// the server's debounce (1 s), text extraction, metadata write and index update included.
// Run: `npm --prefix bench run search-live` (after `npm run build -w shared -w server`).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { strToU8, zipSync } from 'fflate';
import { allSynced, connect, destroyAll } from '../clients/index.mjs';
import { percentile, round } from '../lib/stats.mjs';
import { syntheticCorpus } from '../lib/syntheticCorpus.mjs';
import { startServer } from '../servers/index.mjs';

const quick = process.argv.includes('--quick');
const DOCUMENTS = quick ? 100 : 1000;
const ROUNDS = quick ? 5 : 20;

const dir = await mkdtemp(join(tmpdir(), 'kring-bench-search-live-'));
const server = await startServer('kring', dir);
const origin = server.wsBase.replace(/^ws/, 'http').replace(/\/collab$/, '');
const headers = { authorization: `Bearer ${server.token}` };
try {
  // Fill the community through the import API: one zip of Markdown files.
  const files = {};
  const corpus = syntheticCorpus();
  for (let i = 0; i < DOCUMENTS; i++) {
    const document = corpus.document(i);
    files[`${document.id}.md`] = strToU8(
      `# ${document.title}\n\n${document.body.replaceAll('\n', '\n\n')}\n`,
    );
  }
  const started = performance.now();
  const imported = await fetch(`${origin}/api/communities/bench/import`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/zip' },
    body: zipSync(files),
  });
  if (imported.status !== 201)
    throw new Error(`import failed: ${imported.status} ${await imported.text()}`);
  const pages = await imported.json();
  const importSeconds = (performance.now() - started) / 1000;

  const latencies = [];
  for (let round_ = 0; round_ < ROUNDS; round_++) {
    const page = pages[(round_ * 37) % pages.length];
    const client = connect(server, page.id);
    await allSynced([client]);
    const word = `zeldzaamwoord${round_}x${Math.floor(Math.random() * 1e6)}`;
    const fragment = client.doc.getXmlFragment('default');
    const paragraph = new Y.XmlElement('paragraph');
    const text = new Y.XmlText();
    paragraph.insert(0, [text]);
    const edited = performance.now();
    fragment.push([paragraph]);
    text.insert(0, word);
    for (;;) {
      const response = await fetch(`${origin}/api/search?q=${word}`, { headers });
      if ((await response.json()).total > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    latencies.push(performance.now() - edited);
    await destroyAll([client]);
  }
  // Query latency through the API (permission checks and metadata included), as the search box asks.
  const words = [
    'samenwerking',
    'privacy',
    'data',
    'quantum',
    'beleid',
    'robot',
    'netwerk',
    'gegevens',
  ];
  const queryTimes = [];
  for (let i = 0; i < 100; i++) {
    const q = words[i % words.length].slice(0, 3 + (i % 5));
    const asked = performance.now();
    await (await fetch(`${origin}/api/search?q=${q}`, { headers })).json();
    queryTimes.push(performance.now() - asked);
  }
  const result = {
    scenario: 'search-live',
    documents: DOCUMENTS,
    rounds: ROUNDS,
    importSeconds: round(importSeconds, 1),
    queryMs: {
      p50: round(percentile(queryTimes, 50)),
      p95: round(percentile(queryTimes, 95)),
    },
    editToFindableMs: {
      p50: round(percentile(latencies, 50)),
      p95: round(percentile(latencies, 95)),
      max: round(Math.max(...latencies)),
    },
  };
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} finally {
  await server.stop();
  await rm(dir, { recursive: true, force: true });
}
