import { Router } from 'express';
import type { Registry } from 'prom-client';

/** What the operations endpoints read. */
export interface OperationsOptions {
  readonly registry: Registry;
  /** False while the server starts or shuts down: load balancers should send no traffic. */
  readonly isReady: () => boolean;
  /** False while writes to the database fail (e.g. disk full): not ready either. */
  readonly isWritable: () => Promise<boolean>;
}

/**
 * `/metrics` (Prometheus text format), `/healthz` (process alive), `/readyz` (accepting work: started,
 * not shutting down, and the database takes writes).
 */
export function operationsRouter(options: OperationsOptions): Router {
  const router = Router();
  router.get('/metrics', async (_request, response) => {
    response.setHeader('Content-Type', options.registry.contentType);
    response.send(await options.registry.metrics());
  });
  router.get('/healthz', (_request, response) => {
    response.json({ status: 'ok' });
  });
  router.get('/readyz', async (_request, response) => {
    const ready = options.isReady() && (await options.isWritable());
    response.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not-ready' });
  });
  return router;
}
