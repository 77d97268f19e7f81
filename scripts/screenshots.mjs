// `npm run screenshots`: every screen at 1280 × 800 and 390 × 844, as PNGs in docs/screenshots/
// (the README shows some of them). Runs the screens e2e test, which also checks each screen.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfStale } from './build-if-stale.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'docs', 'screenshots');
mkdirSync(outDir, { recursive: true });
buildIfStale();
const run = spawnSync(
  process.execPath,
  [
    join(root, 'node_modules/vitest/vitest.mjs'),
    'run',
    '--project',
    'e2e',
    'tests/e2e/screens.test.ts',
  ],
  { cwd: root, stdio: 'inherit', env: { ...process.env, KRING_SCREENSHOTS_DIR: outDir } },
);
console.log(`screenshots in ${outDir}`);
process.exit(run.status ?? 1);
