import { Router } from 'express';
import type { HealthResponse } from '@kring/shared';

/** `GET /api/health`: the server is up and answering. */
export function healthRouter(version: string): Router {
  const router = Router();
  router.get('/health', (_request, response) => {
    const body: HealthResponse = { status: 'ok', version };
    response.json(body);
  });
  return router;
}
