import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { readLocalAdminToken } from '../auth/localAdminToken.js';
import { writeBackup, type BackupSummary } from '../backup/backupFile.js';
import { restoreBackup } from '../backup/restoreBackup.js';
import { backupRecords } from '../backup/backupRecords.js';
import { MetaDatabase } from '../storage/meta/MetaDatabase.js';
import { FileStore } from '../files/FileStore.js';
import type { Config } from '../config.js';
import { LevelDocumentStorage } from '../storage/LevelDocumentStorage.js';

/** A failure the admin should read: printed as is, exit code 1. */
export class AdminError extends Error {
  override readonly name = 'AdminError';
}

const databaseDir = (config: Config) => join(config.dataDir, 'leveldb');

/** True when LevelDB refused to open because another process (a running server) holds it. */
export function isLockedError(error: unknown): boolean {
  const cause = (error as { cause?: { code?: string } } | null)?.cause;
  return cause?.code === 'LEVEL_LOCKED';
}

/** Opens the database, or null when a running server holds it. */
async function openUnlessRunning(directory: string): Promise<LevelDocumentStorage | null> {
  try {
    return await LevelDocumentStorage.open(directory);
  } catch (error) {
    if (isLockedError(error)) return null;
    throw error;
  }
}

/** Base URL at which the admin CLI reaches a server on this machine. */
export function localServerUrl(config: Config): string {
  const host = ['0.0.0.0', '::', ''].includes(config.host) ? '127.0.0.1' : config.host;
  return `http://${host.includes(':') ? `[${host}]` : host}:${config.port}`;
}

async function backupFromRunningServer(config: Config, output: string): Promise<void> {
  const token = await readLocalAdminToken(config.dataDir).catch(() => {
    throw new AdminError(`the database is in use but ${config.dataDir}/admin-token is missing`);
  });
  const url = `${localServerUrl(config)}/api/admin/backup`;
  const response = await fetch(url, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
  }).catch(() => {
    throw new AdminError(`the database is in use, but no Kring server answers at ${url}`);
  });
  if (!response.ok || response.body === null) {
    throw new AdminError(`the running server refused the backup (HTTP ${response.status})`);
  }
  await pipeline(
    Readable.fromWeb(response.body as WebReadableStream<Uint8Array>),
    createWriteStream(output),
  );
}

/**
 * Writes a consistent backup of every document to `output`, from the database directly or, when a
 * server is running on it, through that server. The file appears only once it is complete.
 */
export async function backup(config: Config, output: string): Promise<string> {
  const partial = `${output}.partial`;
  try {
    const storage = await openUnlessRunning(databaseDir(config));
    if (storage === null) {
      await backupFromRunningServer(config, partial);
    } else {
      try {
        await writeBackup(
          backupRecords(storage, await FileStore.open(config.dataDir)),
          createWriteStream(partial),
        );
      } finally {
        await storage.close();
      }
    }
    await rename(partial, output);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  const { size } = await stat(output);
  return `Backup written to ${output} (${size} bytes).`;
}

async function hasDocuments(directory: string): Promise<boolean> {
  const exists = await stat(directory).then(
    () => true,
    () => false,
  );
  if (!exists) return false;
  const storage = await openUnlessRunning(directory);
  if (storage === null)
    throw new AdminError('a Kring server is running on this DATA_DIR: stop it before restoring');
  try {
    return (await storage.listDocumentIds()).length > 0;
  } finally {
    await storage.close();
  }
}

/**
 * Restores a backup into `DATA_DIR` with the server stopped. The backup is verified while it is
 * written to a new database beside the current one; only a complete, verified restore replaces it.
 * An existing database with documents is kept aside (`leveldb.before-restore-<time>`) with `force`,
 * and refused without.
 */
export async function restore(config: Config, input: string, force: boolean): Promise<string> {
  const target = databaseDir(config);
  const occupied = await hasDocuments(target);
  if (occupied && !force) {
    throw new AdminError(
      `${target} already holds documents; use --force to move them aside and restore`,
    );
  }
  await stat(input).catch(() => {
    throw new AdminError(`no backup file at ${input}`);
  });
  const staging = `${target}.restoring`;
  await rm(staging, { recursive: true, force: true });
  const storage = await LevelDocumentStorage.open(staging);
  let summary: BackupSummary;
  try {
    summary = await restoreBackup(
      createReadStream(input),
      storage,
      new MetaDatabase(storage.database),
      await FileStore.open(config.dataDir),
    );
  } catch (error) {
    await storage.close();
    await rm(staging, { recursive: true, force: true });
    throw new AdminError(`restore failed, nothing was changed: ${(error as Error).message}`);
  }
  await storage.close();
  let keptAside = '';
  if (
    occupied ||
    (await stat(target).then(
      () => true,
      () => false,
    ))
  ) {
    const aside = `${target}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    await rename(target, aside);
    keptAside = ` The previous database is kept at ${aside}.`;
  }
  await rename(staging, target);
  return `Restored ${summary.documents} documents (${summary.updates} updates) and ${summary.metadata} account, community and audit records and ${summary.files} files into ${target}.${keptAside}`;
}
