import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { Router } from 'express';

/**
 * Serves the built browser app. Hashed assets are cached for a year; `index.html` and the service
 * worker are revalidated on every load so an upgrade reaches users. Every other GET that is not an
 * API or websocket path gets `index.html`, so deep links such as `/d/<id>` open the app.
 */
export function clientRouter(clientDir: string): Router {
  const router = Router();
  const indexFile = join(clientDir, 'index.html');
  if (!existsSync(indexFile)) {
    router.use((_request, response) => {
      response
        .status(503)
        .type('text/plain')
        .send(
          'The Kring client is not built. Run `npm run build` (or `npm start`, which builds it).\n',
        );
    });
    return router;
  }
  router.use(
    '/assets',
    express.static(join(clientDir, 'assets'), {
      immutable: true,
      maxAge: '365d',
      fallthrough: false,
    }),
  );
  router.use(
    express.static(clientDir, {
      index: false,
      setHeaders: (response) => response.setHeader('Cache-Control', 'no-cache'),
    }),
  );
  router.get(/^\/(?!api\/|collab\/).*/, (_request, response) => {
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(indexFile);
  });
  return router;
}
