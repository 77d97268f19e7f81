// `npm run bench`: installs the bench's own dependencies when missing, builds Kring when stale,
// then runs the load generator (main.mjs) with a large heap. Arguments are passed through, e.g.
// `npm run bench -- --scenario fanout --quick`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bench = fileURLToPath(new URL('.', import.meta.url));
const root = fileURLToPath(new URL('..', import.meta.url));

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const needed = [
  '@hocuspocus/server',
  '@hocuspocus/extension-sqlite',
  '@hocuspocus/provider',
  '@y/websocket-server',
  'y-leveldb',
  'y-websocket',
  'better-sqlite3',
];
if (needed.some((name) => !existsSync(`${bench}node_modules/${name}/package.json`))) {
  process.stdout.write('bench: installing bench dependencies (npm --prefix bench install)…\n');
  run('npm', ['--prefix', bench, 'install', '--no-audit', '--no-fund'], root);
}
run(process.execPath, ['scripts/build-if-stale.mjs'], root);
run(
  process.execPath,
  ['--max-old-space-size=16384', `${bench}main.mjs`, ...process.argv.slice(2)],
  root,
);
