// The three servers under test, each started fresh as its own child process.
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createKringDocuments, kringToken } from './kringAccess.mjs';
import { HOST, freePort, launch } from './launch.mjs';

const require = createRequire(import.meta.url);
const kringEntry = fileURLToPath(new URL('../../server/dist/index.js', import.meta.url));
const hocuspocusEntry = fileURLToPath(new URL('./hocuspocus-server.mjs', import.meta.url));
const yWebsocketEntry = join(
  require.resolve('@y/websocket-server/package.json').replace(/package\.json$/, ''),
  'src/server.js',
);

/**
 * How to run each server: entry point, environment, and the websocket URL base for a client.
 * Kring (since M3) also has `setUp(dataDir)` → API token, run once before the first start, and
 * `createDocuments(origin, token, ids)`; the peers need no credentials and create a document on
 * first connect.
 */
export const SERVERS = {
  kring: {
    label: 'Kring',
    short: 'K',
    args: [kringEntry],
    env: (port, dir) => ({
      PORT: String(port),
      HOST,
      DATA_DIR: dir,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
    }),
    /** y-websocket appends `/<room>` to this. */
    wsBase: (port) => `ws://${HOST}:${port}/collab`,
    setUp: kringToken,
    createDocuments: createKringDocuments,
  },
  hocuspocus: {
    label: 'Hocuspocus 4 (SQLite)',
    short: 'H',
    args: [hocuspocusEntry],
    env: (port, dir) => ({ PORT: String(port), HOST, DATABASE: join(dir, 'hocuspocus.sqlite') }),
    wsBase: (port) => `ws://${HOST}:${port}`,
  },
  ywebsocket: {
    label: 'y-websocket-server 0.1.1 (LevelDB)',
    short: 'Y',
    args: [yWebsocketEntry],
    env: (port, dir) => ({ PORT: String(port), HOST, YPERSISTENCE: join(dir, 'leveldb') }),
    wsBase: (port) => `ws://${HOST}:${port}`,
  },
};

export const SERVER_KINDS = Object.keys(SERVERS);

/**
 * Starts server `kind` on `dataDir` (kept across restarts). The handle's `restart()` stops the
 * process gracefully and starts a fresh one on the same data and port. `token` is the API token
 * clients present (Kring; null for the peers); `createDocuments(ids)` must be awaited before
 * clients open those documents (a scenario's setup, outside its timed part).
 */
export async function startServer(kind, dataDir) {
  const spec = SERVERS[kind];
  await mkdir(dataDir, { recursive: true });
  const token = spec.setUp ? await spec.setUp(dataDir) : null;
  const port = await freePort();
  let starts = 0;
  const start = () =>
    launch({
      // e.g. BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile a server
      args: [
        ...(process.env.BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
        ...spec.args,
      ],
      env: spec.env(port, dataDir),
      dataDir,
      port,
      logName: `server-${kind}-${++starts}.log`,
    });
  let proc = await start();
  return {
    kind,
    label: spec.label,
    wsBase: spec.wsBase(port),
    token,
    createDocuments: async (ids) => {
      if (spec.createDocuments) await spec.createDocuments(`http://${HOST}:${port}`, token, ids);
    },
    get pid() {
      return proc.pid;
    },
    cpuSeconds: () => proc.cpuSeconds(),
    memory: () => proc.memory(),
    stop: () => proc.stop(),
    async restart() {
      await proc.stop();
      proc = await start();
    },
  };
}
