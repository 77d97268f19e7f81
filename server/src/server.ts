import { mkdir, readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { SHUTDOWN_GRACE_MS } from '@kring/shared';
import { attachCollabEndpoint, type CollabEndpoint } from './collab/collabEndpoint.js';
import { DocumentRegistry } from './collab/DocumentRegistry.js';
import type { Config } from './config.js';
import { createLocalAdminToken } from './auth/localAdminToken.js';
import { createApp } from './http/app.js';
import type { Logger } from './logger.js';
import { KringMetrics } from './metrics.js';
import type { DocumentStorage } from './storage/DocumentStorage.js';
import { LevelDocumentStorage } from './storage/LevelDocumentStorage.js';
import { WorkerUpdateMerger } from './storage/WorkerUpdateMerger.js';

/** A started Kring server. */
export interface RunningKring {
  /** Base URL, e.g. `http://127.0.0.1:8080`. */
  readonly url: string;
  readonly port: number;
  readonly registry: DocumentRegistry;
  readonly collab: CollabEndpoint;
  /**
   * Stops accepting, closes connections (1001), waits until every accepted change is durable (at
   * most the grace period), then closes the database.
   */
  close(): Promise<void>;
}

async function readVersion(): Promise<string> {
  const manifest = JSON.parse(
    await readFile(new URL('../package.json', import.meta.url), 'utf8'),
  ) as {
    version?: unknown;
  };
  return typeof manifest.version === 'string' ? manifest.version : 'unknown';
}

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server.address() as AddressInfo);
    });
  });
}

function withTimeout(work: Promise<void>, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    void work.then(() => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** Opens storage and starts the HTTP and collaboration server: the one wiring point. */
export async function startKring(config: Config, logger: Logger): Promise<RunningKring> {
  await mkdir(config.dataDir, { recursive: true });
  const metrics = new KringMetrics();
  const merger = new WorkerUpdateMerger();
  const storage: DocumentStorage = await LevelDocumentStorage.open(
    join(config.dataDir, 'leveldb'),
    {
      onBatchWritten: (seconds) => metrics.batchWritten(seconds),
      mergeUpdates: merger.merge,
    },
  );
  const { limits } = config;
  const registry = new DocumentRegistry({
    storage,
    logger,
    metrics,
    limits,
    stateVectorOf: merger.stateVector,
  });
  let ready = false;
  const app = createApp({
    clientDir: config.clientDir,
    version: await readVersion(),
    logger,
    metricsRegistry: metrics.registry,
    isReady: () => ready,
    storage,
    localAdminToken: await createLocalAdminToken(config.dataDir),
  });
  const server = createServer(app);
  const collab = attachCollabEndpoint(server, { registry, logger, metrics, limits });
  metrics.observe({
    connections: () => collab.connectionCount,
    loadedDocuments: () => registry.loadedCount,
  });
  let address: AddressInfo;
  try {
    address = await listen(server, config.port, config.host);
  } catch (error) {
    await storage.close();
    await merger.close();
    throw error;
  }
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;
  ready = true;
  logger.info({ url, dataDir: config.dataDir }, 'Kring is listening');

  let closing: Promise<void> | null = null;
  const close = async (): Promise<void> => {
    ready = false;
    collab.close();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const flushed = await withTimeout(registry.whenAllDurable(), SHUTDOWN_GRACE_MS);
    if (!flushed)
      logger.error('shutdown: some changes could not be stored before the grace period ended');
    if (flushed) await withTimeout(registry.compactAll(), SHUTDOWN_GRACE_MS);
    await storage.close();
    await merger.close();
    logger.info('Kring stopped');
  };
  return {
    url,
    port: address.port,
    registry,
    collab,
    close: () => (closing ??= close()),
  };
}
