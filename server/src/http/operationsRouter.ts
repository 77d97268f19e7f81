import { Router } from 'express';
import type { Registry } from 'prom-client';

/** What the operations endpoints read. */
export interface OperationsOptions {
  readonly registry: Registry;
  /** False while the server starts or shuts down: load balancers should send no traffic. */
  readonly isReady: () => boolean;
}

/** `/metrics` (Prometheus text format), `/healthz` (process alive), `/readyz` (accepting work). */
export function operationsRouter(options: OperationsOptions): Router {
  const router = Router();
  router.get('/metrics', async (_request, response) => {
    response.setHeader('Content-Type', options.registry.contentType);
    response.send(await options.registry.metrics());
  });
  router.get('/healthz', (_request, response) => {
    response.json({ status: 'ok' });
  });
  router.get('/readyz', (_request, response) => {
    const ready = options.isReady();
    response.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not-ready' });
  });
  return router;
}
