import express, { type Express } from 'express';
import type { Registry } from 'prom-client';
import type { BackupRecord } from '../backup/backupFile.js';
import type { Logger } from '../logger.js';
import { adminRouter } from './adminRouter.js';
import { auditRouter, communityAuditRouter } from './auditRouter.js';
import { authenticate, csrfProtection } from './authentication.js';
import { authRouter } from './authRouter.js';
import { clientRouter } from './clientRouter.js';
import { communitiesRouter } from './communitiesRouter.js';
import { communityPagesRouter } from './communityPagesRouter.js';
import { communityDocumentsRouter, documentsRouter } from './documentsRouter.js';
import { errorHandler, sendError } from './errors.js';
import { healthRouter } from './healthRouter.js';
import type { HttpContext } from './HttpContext.js';
import { communityInvitationsRouter, invitationsRouter } from './invitationsRouter.js';
import { meRouter } from './meRouter.js';
import { favouritesRouter } from '../favourites/favouritesRouter.js';
import { presenceRouter } from '../communities/presenceRouter.js';
import { offlineBodyParser, offlineRouter } from './offlineRouter.js';
import { oidcRouter } from './oidcRouter.js';
import { openApiRouter } from './openApiRouter.js';
import { operationsRouter } from './operationsRouter.js';
import { securityHeaders } from './securityHeaders.js';
import { versionsRouter } from './versionsRouter.js';
import { transferRouter } from './transferRouter.js';
import { filesRouter } from './filesRouter.js';
import { searchRouter } from './searchRouter.js';
import { organisationsRouter } from './organisationsRouter.js';
import { personRouter } from './personRouter.js';
import { peopleRouter } from './peopleRouter.js';
import { profileRouter } from './profileRouter.js';
import { stakeholdersRouter } from './stakeholdersRouter.js';
import { glossaryRouter } from './glossaryRouter.js';
import { questionsRouter } from './questionsRouter.js';
import { commentsRouter } from './commentsRouter.js';
import { notificationsRouter } from './notificationsRouter.js';
import { communityWatchRouter, documentWatchRouter } from './watchRouter.js';

/** What the HTTP app needs. */
export interface AppOptions extends HttpContext {
  readonly clientDir: string;
  readonly version: string;
  readonly logger: Logger;
  readonly metricsRegistry: Registry;
  readonly isReady: () => boolean;
  /** True while the database takes writes (checked on every `/readyz`). */
  readonly isWritable: () => Promise<boolean>;
  readonly backupRecords: () => AsyncIterable<BackupRecord>;
  readonly localAdminToken: string;
  /** Runs an admin CLI command inside the server (`POST /api/admin/commands/:name`). */
  readonly runAdminCommand: (name: string, args: unknown) => Promise<unknown>;
  /** Finishes every debounced derived job now (`POST /api/admin/flush`). */
  readonly flushDerived: () => Promise<void>;
}

/**
 * The Express app: `/api/*` as JSON; `/metrics`, `/healthz`, `/readyz` for operations; everything
 * else the browser app.
 */
export function createApp(options: AppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  if (options.config.trustProxy) app.set('trust proxy', 'loopback, uniquelocal');
  app.use(securityHeaders(options.config.publicUrl));
  app.use(
    operationsRouter({
      registry: options.metricsRegistry,
      isReady: options.isReady,
      isWritable: options.isWritable,
    }),
  );
  app.use('/api/admin', express.json({ limit: '1mb' }), adminRouter(options));
  app.use('/api', (_request, response, next) => {
    response.setHeader('Cache-Control', 'no-store');
    next();
  });
  app.use('/api', healthRouter(options.version), openApiRouter());
  app.use('/api/auth/oidc', oidcRouter(options));
  app.use('/api', authenticate(options.services.authenticator), csrfProtection);
  // Uploads stream to disk: before any body parser.
  app.use('/api', filesRouter(options));
  app.use(
    ['/api/communities/:slug/offline/pull', '/api/communities/:slug/offline/push'],
    offlineBodyParser,
  );
  app.use('/api', express.json({ limit: '1mb' }));
  app.use('/api/auth', authRouter(options));
  app.use('/api/me/favourites', favouritesRouter(options));
  app.use('/api/me/profile', profileRouter(options));
  app.use('/api/me', notificationsRouter(options));
  app.use('/api/me', meRouter(options));
  app.use('/api/organisations', organisationsRouter(options));
  app.use('/api/people', peopleRouter(options), personRouter(options));
  app.use('/api/communities/:slug/invitations', communityInvitationsRouter(options));
  app.use('/api/communities/:slug/documents', communityDocumentsRouter(options));
  app.use(
    '/api/communities/:slug',
    communityAuditRouter(options),
    communityPagesRouter(options),
    presenceRouter(options),
    offlineRouter(options),
    stakeholdersRouter(options),
    glossaryRouter(options),
    questionsRouter(options),
    communityWatchRouter(options),
  );
  app.use('/api/communities', communitiesRouter(options));
  app.use('/api/invitations', invitationsRouter(options));
  app.use('/api', transferRouter(options), searchRouter(options));
  app.use('/api/documents/:id/versions', versionsRouter(options));
  app.use('/api/documents/:id/comments', commentsRouter(options));
  app.use('/api/documents/:id', documentWatchRouter(options));
  app.use('/api/documents', documentsRouter(options));
  app.use('/api', auditRouter(options));
  app.use('/api', (_request, response) =>
    sendError(response, 404, 'not_found', 'No such API endpoint.'),
  );
  app.use(clientRouter(options.clientDir));
  app.use(errorHandler(options.logger));
  return app;
}
