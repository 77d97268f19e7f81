import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readLocalAdminToken } from '../../server/src/auth/localAdminToken.js';
import { registerCredentials, seedDatabase, type TestCredentials } from './credentials.js';

const serverEntry = fileURLToPath(new URL('../../server/dist/index.js', import.meta.url));

/** The real Kring server as a separate process (built client and server), on a free port. */
export interface ServerProcess {
  /** Base URL of the current process, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  /** The seeded instance admin's API token and community. */
  readonly credentials: TestCredentials;
  /**
   * Stops the process (SIGTERM: graceful; SIGKILL: a crash) and starts it again on the same data
   * and port.
   */
  restart(signal?: 'SIGTERM' | 'SIGKILL'): Promise<void>;
  /** Stops the process; resolves when it has exited. */
  stop(signal?: 'SIGTERM' | 'SIGKILL'): Promise<void>;
  /** Starts the process again (after {@link stop}) on the same data and port. */
  start(): Promise<void>;
  /**
   * Resolves once every change the server has received shows in titles, links, search and
   * versions (`POST /api/admin/flush`): await this instead of waiting for debounces.
   */
  flushDerived(): Promise<void>;
  /** Stops the process and deletes its data. */
  dispose(): Promise<void>;
}

/** Asks the server on `dataDir` to finish its derived work, with its local admin token. */
async function flushDerived(url: string, dataDir: string): Promise<void> {
  const token = await readLocalAdminToken(dataDir);
  const response = await fetch(`${url}/api/admin/flush`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
  });
  if (response.status !== 204) throw new Error(`flush answered ${response.status}`);
}

function start(
  dataDir: string,
  port: number,
  extraEnv: Record<string, string>,
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [serverEntry], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      PASSWORD_HASH_COST: '14',
      AUTH_RATE_PER_MINUTE: '100000',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let buffered = '';
    const onData = (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const match = /"url":"(http:\/\/[^"]+)"/.exec(buffered);
      if (match) {
        child.stdout?.off('data', onData);
        child.stdout?.resume();
        resolve({ child, url: match[1]! });
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited with ${code} before listening`)));
  });
}

function stop(child: ChildProcess, signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

/** Starts `node server/dist/index.js` with a fresh data folder on a free port. */
export async function startServerProcess(
  options: { port?: number; env?: Record<string, string> } = {},
): Promise<ServerProcess> {
  const extraEnv = options.env ?? {};
  const dataDir = await mkdtemp(join(tmpdir(), 'kring-process-'));
  const credentials = await seedDatabase(dataDir);
  let current = await start(dataDir, options.port ?? 0, extraEnv);
  registerCredentials(current.url, credentials);
  const port = Number(new URL(current.url).port);
  return {
    get url() {
      return current.url;
    },
    credentials,
    async restart(signal = 'SIGTERM') {
      await stop(current.child, signal);
      current = await start(dataDir, port, extraEnv);
    },
    stop: (signal = 'SIGTERM') => stop(current.child, signal),
    flushDerived: () => flushDerived(current.url, dataDir),
    async start() {
      current = await start(dataDir, port, extraEnv);
    },
    async dispose() {
      await stop(current.child);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
