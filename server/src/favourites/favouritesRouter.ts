import { Router } from 'express';
import { documentIdSchema, type FavouritesView } from '@kring/shared';
import { requireCaller } from '../http/authentication.js';
import type { HttpContext } from '../http/HttpContext.js';
import { param, parse } from '../http/validate.js';

/** `/api/me/favourites`: the signed-in person's pinned pages. */
export function favouritesRouter(context: HttpContext): Router {
  const { services } = context;
  const router = Router();

  router.get('/', async (request, response) => {
    const caller = requireCaller(request, response);
    response.json({ favourites: await services.favourites.list(caller) } satisfies FavouritesView);
  });

  router.put('/:documentId', async (request, response) => {
    const caller = requireCaller(request, response);
    const id = parse(documentIdSchema, param(request, 'documentId'), 'document id');
    await services.favourites.add(caller, id);
    response.status(204).end();
  });

  router.delete('/:documentId', async (request, response) => {
    const caller = requireCaller(request, response);
    const id = parse(documentIdSchema, param(request, 'documentId'), 'document id');
    await services.favourites.remove(caller, id);
    response.status(204).end();
  });

  return router;
}
