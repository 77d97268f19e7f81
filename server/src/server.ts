import type { Express } from 'express';
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
import { RateLimit } from './http/rateLimit.js';
import type { Logger } from './logger.js';
import { KringMetrics } from './metrics.js';
import { LevelDocumentStorage } from './storage/LevelDocumentStorage.js';
import { WorkerUpdateMerger } from './storage/WorkerUpdateMerger.js';
import { WriteProbe } from './storage/WriteProbe.js';
import { AccessGuard } from './collab/AccessGuard.js';
import { OidcLogin } from './auth/oidc/OidcLogin.js';
import { isAccountCommand, runAccountCommand } from './cli/accountCommands.js';
import { DocumentActivity } from './documents/DocumentActivity.js';
import { VersionRecorder } from './history/VersionRecorder.js';
import { SearchIndexFile } from './search/SearchIndexFile.js';
import { SearchService } from './search/SearchService.js';
import { FileStore } from './files/FileStore.js';
import { TransferWorkers } from './transfer/TransferWorkers.js';
import { DomainError } from './domainError.js';
import { createServices, type Services } from './services.js';
import { backupRecords } from './backup/backupRecords.js';
import { SYSTEM_CLOCK, type Clock } from './clock.js';
import { startBackgroundJobs } from './backgroundJobs.js';
import { ChangeClock } from './offline/ChangeClock.js';
import { OfflinePull } from './offline/OfflinePull.js';
import { OfflinePush } from './offline/OfflinePush.js';
import { mailerFor, sendFailure } from './mail/Mailer.js';

/** A started Kring server. */
export interface RunningKring {
  /** Base URL, e.g. `http://127.0.0.1:8080`. */
  readonly url: string;
  readonly port: number;
  readonly registry: DocumentRegistry;
  readonly collab: CollabEndpoint;
  /** Accounts, communities, documents metadata, audit. */
  readonly services: Services;
  /** The full-text search index. */
  readonly search: SearchService;
  /** Where document updates live (LevelDB); tests inject write failures through its database. */
  readonly storage: LevelDocumentStorage;
  /**
   * Finishes every debounced derived job now: resolves once each change the server has received
   * so far (and each released document's unload) shows in titles, updated at/by, links, the search
   * index and automatic versions. For tests and operations; never needed for correctness.
   */
  flushDerived(): Promise<void>;
  /** The HTTP app (tests read its router stack to enumerate every route). */
  readonly app: Express;
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

/** What tests may replace in a started server. */
export interface StartOptions {
  /**
   * Time and timers of the server's own jobs (metadata debounce, automatic versions, trash purge,
   * search save) and of its records' timestamps. Default: the system clock.
   */
  readonly clock?: Clock;
}

/** Opens storage and starts the HTTP and collaboration server: the one wiring point. */
export async function startKring(
  config: Config,
  logger: Logger,
  options: StartOptions = {},
): Promise<RunningKring> {
  const clock = options.clock ?? SYSTEM_CLOCK;
  let url = '';
  const publicUrl = () => config.publicUrl ?? url;
  await mkdir(config.dataDir, { recursive: true });
  const metrics = new KringMetrics();
  const merger = new WorkerUpdateMerger();
  const changes = new ChangeClock();
  const storage = await LevelDocumentStorage.open(join(config.dataDir, 'leveldb'), {
    onBatchWritten: (seconds) => metrics.batchWritten(seconds),
    // Every content write passes here: edits, offline pushes, restores, imports, templates.
    onAppended: (documentId) => changes.changed(documentId),
    mergeUpdates: merger.merge,
    commitWindowMs: config.storageCommitWindowMs,
  });
  const { limits } = config;
  // The registry needs the services' hooks and the services need open documents: bind late.
  let registry: DocumentRegistry | null = null;
  const fileStore = await FileStore.open(config.dataDir);
  const transferWorkers = new TransferWorkers(config.transfer, clock);
  const mailer = mailerFor(config);
  const services = createServices(storage.database, {
    files: { store: fileStore, limits: { maxBytes: config.fileMaxBytes, types: config.fileTypes } },
    passwordHashCost: config.passwordHashCost,
    storage,
    live: { with: (id, work) => registry!.with(id, work) },
    now: () => clock.now(),
    transferWorkers,
    changes,
    mail: {
      mailer,
      publicUrl: () => publicUrl(),
      // Codes only: never addresses, excerpts or links (they may carry secrets).
      onError: (what, error) => logger.error({ mail: sendFailure(error) }, `${what} failed`),
    },
  });
  const activity = new DocumentActivity(services.documents, services.links, logger, clock);
  const search = new SearchService(
    SearchIndexFile.inDataDir(config.dataDir),
    services.documents,
    services.communities,
    storage,
    services.files,
    logger,
  );
  await search.start();
  services.lifecycle.onPurge('search entries', (id) => search.forgetDocument(id));
  services.lifecycle.afterPurge(() => search.save());
  services.lifecycle.afterPurge(() => storage.compactDatabase());
  activity.listen((id, doc, _ending, willWrite) => {
    if (willWrite) search.contentChanged(id, doc);
  });
  activity.afterWrite((id) => search.written(id));
  // Pages written without an editing session (new, imported, from a template) are indexed too.
  services.storedContent.listen((document, userId) => activity.changed(document, userId));
  // Open pages show "last changed": tell their connections the metadata is fresh now.
  activity.afterWrite((id) => {
    void registry?.peek(id)?.then(
      (document) => document.notifyMetadataChanged(),
      () => undefined,
    );
  });
  // Open pages show their comment threads: tell their connections to fetch them again.
  services.comments.onChanged((id) => {
    void registry?.peek(id)?.then(
      (document) => document.notifyCommentsChanged(),
      () => undefined,
    );
  });
  const recorder = new VersionRecorder(
    services.versions,
    logger,
    config.versionIntervalMinutes,
    clock,
  );
  activity.listen((id, doc, ending) => recorder.observe(id, doc, ending));
  registry = new DocumentRegistry({
    storage,
    logger,
    metrics,
    limits,
    stateVectorOf: merger.stateVector,
    onChanged: (document, by) => {
      activity.changed(document, by?.userId ?? null);
      recorder.changed(document.id, by?.userId ?? null);
    },
    onContributed: (document, userId, added) => {
      services.contributions.record(document.id, userId, added);
      services.notifications.pageEdited(document.id, userId);
    },
    onUnloading: (document) => activity.unloading(document),
  });
  const jobs = startBackgroundJobs({
    clock,
    logger,
    services,
    search,
    trashRetentionDays: config.trashRetentionDays,
    mailDigestMinutes: config.mailDigestMinutes,
  });
  const flushDerived = async (): Promise<void> => {
    await registry!.whenReleased();
    await activity.flush();
    await services.contributions.flush();
    await search.whenIndexed();
    await recorder.whenRecorded();
    await jobs.whenIdle();
    await services.notifications.whenIdle();
    await services.notifications.mail.whenIdle();
  };
  let ready = false;
  const writeProbe = new WriteProbe(storage.database);
  const app = createApp({
    clientDir: config.clientDir,
    version: await readVersion(),
    logger,
    metricsRegistry: metrics.registry,
    isReady: () => ready,
    isWritable: () => writeProbe.writable(),
    // Contributions recorded in memory go into the backup too.
    backupRecords: async function* () {
      await services.contributions.flush();
      yield* backupRecords(storage, fileStore);
    },
    localAdminToken: await createLocalAdminToken(config.dataDir),
    services,
    search,
    config,
    oidc: new OidcLogin(config.oidcProviders, { allowInsecureHttp: config.oidcAllowInsecureHttp }),
    publicUrl,
    authRateLimit: new RateLimit(config.authRatePerMinute).middleware,
    runAdminCommand: (name, args) => {
      if (!isAccountCommand(name)) {
        return Promise.reject(new DomainError(404, 'not_found', `unknown command ${name}`));
      }
      return runAccountCommand(services, name, args, publicUrl());
    },
    flushDerived,
    offline: {
      pull: new OfflinePull(services.communities, services.documents, storage, registry),
      push: new OfflinePush(
        services.communities,
        services.documents,
        registry,
        limits.maxDocumentBytes,
      ),
    },
  });
  const server = createServer(app);
  const guard = new AccessGuard({
    authenticator: services.authenticator,
    users: services.users,
    documents: services.documents,
    events: services.events,
    audit: services.audit,
    logger,
    publicUrl: config.publicUrl,
  });
  const collab = attachCollabEndpoint(server, {
    registry,
    logger,
    metrics,
    limits,
    guard,
    people: services.presence.people,
  });
  metrics.observe({
    connections: () => collab.connectionCount,
    loadedDocuments: () => registry.loadedCount,
  });
  let address: AddressInfo;
  try {
    address = await listen(server, config.port, config.host);
  } catch (error) {
    jobs.stop();
    mailer.close();
    await storage.close();
    await merger.close();
    await transferWorkers.close();
    throw error;
  }
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  url = `http://${host}:${address.port}`;
  ready = true;
  void jobs.purgeTrashNow();
  logger.info({ url, dataDir: config.dataDir }, 'Kring is listening');

  let closing: Promise<void> | null = null;
  const close = async (): Promise<void> => {
    ready = false;
    jobs.stop();
    collab.close();
    guard.dispose();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const flushed = await withTimeout(registry.whenAllDurable(), SHUTDOWN_GRACE_MS);
    if (!flushed)
      logger.error('shutdown: some changes could not be stored before the grace period ended');
    if (flushed) await withTimeout(registry.compactAll(), SHUTDOWN_GRACE_MS);
    await activity.flush();
    await jobs.finish();
    await services.notifications.whenIdle();
    await withTimeout(services.notifications.mail.whenIdle(), SHUTDOWN_GRACE_MS);
    mailer.close();
    await services.meta.exclusive(() => Promise.resolve());
    await storage.close();
    await merger.close();
    await transferWorkers.close();
    logger.info('Kring stopped');
  };
  return {
    url,
    port: address.port,
    registry,
    collab,
    services,
    search,
    flushDerived,
    storage,
    app,
    close: () => (closing ??= close()),
  };
}
