import { Router } from 'express';
import { searchQuerySchema } from '@kring/shared';
import { requireCaller } from './authentication.js';
import type { HttpContext } from './HttpContext.js';
import { parse } from './validate.js';

/** `GET /api/search`: full-text search over the documents the caller may read. */
export function searchRouter(context: HttpContext): Router {
  const router = Router();
  router.get('/search', async (request, response) => {
    const caller = requireCaller(request, response);
    const query = parse(searchQuerySchema, request.query, 'query');
    response.json(await context.search.search(caller, query));
  });
  return router;
}
