import { Router } from 'express';
import { tokenMatches } from '../auth/localAdminToken.js';
import { writeBackup, type BackupRecord } from '../backup/backupFile.js';
import type { Logger } from '../logger.js';
import { sendError } from './errors.js';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** What the local admin endpoints need. */
export interface AdminRouterOptions {
  /** Everything to back up, read from one point in time. */
  readonly backupRecords: () => AsyncIterable<BackupRecord>;
  readonly runAdminCommand: (name: string, args: unknown) => Promise<unknown>;
  readonly localAdminToken: string;
  readonly logger: Logger;
  /** Finishes every debounced derived job (titles, links, search, versions) now. */
  readonly flushDerived: () => Promise<void>;
}

/**
 * `/api/admin/*` for the admin CLI on the same machine: loopback only, with the token from
 * `DATA_DIR/admin-token`. `POST /api/admin/backup` streams a consistent backup while the server runs.
 * `POST /api/admin/flush` (tests and operations) answers 204 once every change the server has
 * received shows in titles, links, search and versions.
 */
export function adminRouter(options: AdminRouterOptions): Router {
  const router = Router();
  router.use((request, response, next) => {
    const presented = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';
    if (
      !LOOPBACK.has(request.socket.remoteAddress ?? '') ||
      !tokenMatches(options.localAdminToken, presented)
    ) {
      sendError(
        response,
        403,
        'forbidden',
        'Admin endpoints are for the admin CLI on this machine.',
      );
      return;
    }
    next();
  });
  router.post('/backup', (_request, response) => {
    response.setHeader('Content-Type', 'application/gzip');
    writeBackup(options.backupRecords(), response).then(
      (summary) => options.logger.info(summary, 'backup streamed to the admin CLI'),
      (error: unknown) => {
        options.logger.error({ err: error }, 'backup failed');
        response.destroy(error instanceof Error ? error : new Error('backup failed'));
      },
    );
  });
  router.post('/flush', async (_request, response) => {
    await options.flushDerived();
    response.status(204).end();
  });
  router.post('/commands/:name', async (request, response) => {
    const output = await options.runAdminCommand(request.params.name, request.body);
    response.json({ output });
  });
  return router;
}
