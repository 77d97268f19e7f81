import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock } from '../../server/src/clock.js';
import { loadConfig, type Config } from '../../server/src/config.js';
import { createLogger } from '../../server/src/logger.js';
import { startKring, type RunningKring } from '../../server/src/server.js';
import { registerCredentials, seedDatabase, type TestCredentials } from './credentials.js';

/** A real Kring server on port 0 with its own LevelDB folder, for integration tests. */
export interface TestServer {
  kring: RunningKring;
  /** `ws://127.0.0.1:PORT/collab`: the provider appends `/<documentId>`. */
  readonly collabUrl: string;
  readonly dataDir: string;
  /** The configuration the server runs with (its `dataDir` is where LevelDB lives). */
  readonly config: Config;
  /** The seeded instance admin's API token and community (see `credentials.ts`). */
  readonly credentials: TestCredentials;
  /** Environment variables that point the admin CLI at this server. */
  adminEnv(): NodeJS.ProcessEnv;
  /** Stops the server gracefully and starts a new one on the same data (a new port). */
  restart(): Promise<void>;
  /** Stops the server and deletes its data. */
  dispose(): Promise<void>;
}

/**
 * Starts Kring in-process on a free loopback port, with a minimal client build in a temp folder.
 * `env` sets further configuration variables (e.g. small limits). Unless `seed` is false, the
 * database is seeded with an admin, its API token and a community (see `credentials.ts`).
 * `clock` replaces the server's clock (e.g. a `ManualClock`; it stays the same across restarts).
 */
export async function startTestServer(
  env: Record<string, string> = {},
  options: { seed?: boolean; clock?: Clock } = {},
): Promise<TestServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'kring-it-'));
  const clientDir = join(dataDir, 'client');
  await mkdir(clientDir, { recursive: true });
  await writeFile(join(clientDir, 'index.html'), '<!doctype html><title>Kring test shell</title>');
  const config = loadConfig({
    PASSWORD_HASH_COST: '14',
    AUTH_RATE_PER_MINUTE: '100000',
    PORT: '0',
    ...env,
    DATA_DIR: join(dataDir, 'data'),
    CLIENT_DIR: clientDir,
  });
  const logger = createLogger('silent');
  const start = options.clock === undefined ? {} : { clock: options.clock };
  const credentials =
    options.seed === false ? { token: '', community: '' } : await seedDatabase(config.dataDir);
  const server: TestServer = {
    kring: await startKring(config, logger, start),
    credentials,
    get collabUrl() {
      return `${server.kring.url.replace(/^http/, 'ws')}/collab`;
    },
    dataDir,
    config,
    adminEnv: () => ({
      PASSWORD_HASH_COST: '14',
      DATA_DIR: config.dataDir,
      HOST: '127.0.0.1',
      PORT: String(server.kring.port),
    }),
    async restart() {
      await server.kring.close();
      server.kring = await startKring(config, logger, start);
      registerCredentials(server.kring.url, credentials);
    },
    async dispose() {
      await server.kring.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
  registerCredentials(server.kring.url, credentials);
  return server;
}
