// Builds the server and the browser app when their output is missing or older than their sources.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Newest modification time (ms) of any file below the given paths. */
function newestMtime(paths) {
  let newest = 0;
  const visit = (path) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path))
        if (entry !== 'node_modules' && entry !== 'dist') visit(join(path, entry));
    } else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const path of paths) visit(join(root, path));
  return newest;
}

function outputTime(path) {
  const full = join(root, path);
  return existsSync(full) ? statSync(full).mtimeMs : -1;
}

function run(label, args) {
  console.error(`kring: ${label}…`);
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`kring: ${label} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

/** Builds what is stale; `force` rebuilds everything; `serverOnly` skips the browser app. */
export function buildIfStale({ force = false, serverOnly = false } = {}) {
  const sharedSources = ['shared/src', 'shared/package.json', 'tsconfig.base.json'];
  const serverSources = [
    ...sharedSources,
    'server/src',
    'server/package.json',
    'server/tsconfig.json',
  ];
  if (force || newestMtime(serverSources) > outputTime('server/dist/index.js')) {
    run('building the server', [join(root, 'node_modules/typescript/bin/tsc'), '-b', 'server']);
  }
  if (serverOnly) return;
  const clientSources = [
    ...sharedSources,
    'client/src',
    'client/index.html',
    'client/public',
    'vite.config.ts',
  ];
  if (force || newestMtime(clientSources) > outputTime('client/dist/index.html')) {
    run('building the browser app (first start takes a minute)', [
      join(root, 'node_modules/vite/bin/vite.js'),
      'build',
      '--logLevel',
      'warn',
    ]);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  buildIfStale({ force: process.argv.includes('--force') });
