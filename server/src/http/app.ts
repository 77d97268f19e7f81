import express, { type Express } from 'express';
import type { Registry } from 'prom-client';
import type { Logger } from '../logger.js';
import type { DocumentStorage } from '../storage/DocumentStorage.js';
import { adminRouter } from './adminRouter.js';
import { clientRouter } from './clientRouter.js';
import { errorHandler, sendError } from './errors.js';
import { healthRouter } from './healthRouter.js';
import { operationsRouter } from './operationsRouter.js';

/** What the HTTP app needs. */
export interface AppOptions {
  readonly clientDir: string;
  readonly version: string;
  readonly logger: Logger;
  readonly metricsRegistry: Registry;
  readonly isReady: () => boolean;
  readonly storage: DocumentStorage;
  readonly localAdminToken: string;
}

/**
 * The Express app: `/api/*` as JSON; `/metrics`, `/healthz`, `/readyz` for operations; everything
 * else the browser app.
 */
export function createApp(options: AppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use((_request, response, next) => {
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Referrer-Policy', 'no-referrer');
    response.setHeader('X-Frame-Options', 'DENY');
    next();
  });
  app.use(operationsRouter({ registry: options.metricsRegistry, isReady: options.isReady }));
  app.use('/api/admin', adminRouter(options));
  app.use('/api', express.json({ limit: '1mb' }), healthRouter(options.version));
  app.use('/api', (_request, response) =>
    sendError(response, 404, 'not_found', 'No such API endpoint.'),
  );
  app.use(clientRouter(options.clientDir));
  app.use(errorHandler(options.logger));
  return app;
}
