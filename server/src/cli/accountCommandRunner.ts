import { join } from 'node:path';
import { readLocalAdminToken } from '../auth/localAdminToken.js';
import type { Config } from '../config.js';
import { DomainError } from '../domainError.js';
import { createServices } from '../services.js';
import { LevelDocumentStorage } from '../storage/LevelDocumentStorage.js';
import { runAccountCommand, type AccountCommandName } from './accountCommands.js';
import { AdminError, isLockedError, localServerUrl as localUrl } from './adminCommands.js';

async function viaRunningServer(config: Config, name: string, args: unknown): Promise<string> {
  const token = await readLocalAdminToken(config.dataDir).catch(() => {
    throw new AdminError(`the database is in use but ${config.dataDir}/admin-token is missing`);
  });
  const url = `${localUrl(config)}/api/admin/commands/${name}`;
  const response = await fetch(url, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(args),
  }).catch(() => {
    throw new AdminError(`the database is in use, but no Kring server answers at ${url}`);
  });
  const body = (await response.json().catch(() => ({}))) as {
    output?: string;
    error?: { message?: string };
  };
  if (!response.ok) throw new AdminError(body.error?.message ?? `HTTP ${response.status}`);
  return body.output ?? '';
}

/**
 * Runs an account command on `DATA_DIR`: directly on the database when no server holds it, or
 * through the running server on this machine (loopback + the local admin token) when one does.
 */
export async function runAccountCommandAnywhere(
  config: Config,
  name: AccountCommandName,
  args: unknown,
): Promise<string> {
  let storage: LevelDocumentStorage;
  try {
    storage = await LevelDocumentStorage.open(join(config.dataDir, 'leveldb'));
  } catch (error) {
    if (isLockedError(error)) return viaRunningServer(config, name, args);
    throw error;
  }
  try {
    const services = createServices(storage.database, {
      passwordHashCost: config.passwordHashCost,
      storage,
    });
    return await runAccountCommand(services, name, args, config.publicUrl ?? localUrl(config));
  } catch (error) {
    if (error instanceof DomainError) throw new AdminError(error.message);
    throw error;
  } finally {
    await storage.close();
  }
}
