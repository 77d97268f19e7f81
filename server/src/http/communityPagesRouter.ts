import { Router } from 'express';
import type { ChangesView } from '@kring/shared';
import { requireCaller } from './authentication.js';
import { lookupUsers, type HttpContext } from './HttpContext.js';
import { languageOf, param, slugOf } from './validate.js';
import { documentView } from './views.js';

/** `/api/communities/:slug/{tags,changes,visit,trash}`: what is in a community and what changed. */
export function communityPagesRouter(context: HttpContext): Router {
  const { services } = context;
  const router = Router({ mergeParams: true });

  router.get('/tags', async (request, response) => {
    const caller = requireCaller(request, response);
    response.json(await services.pageTree.tags(caller, slugOf(param(request, 'slug'))));
  });

  router.get('/changes', async (request, response) => {
    const caller = requireCaller(request, response);
    const slug = slugOf(param(request, 'slug'));
    const { since, documents } = await services.visits.changesSince(caller, slug);
    const users = lookupUsers(context);
    const view: ChangesView = {
      since,
      documents: await Promise.all(
        documents.map((d) => documentView(d, slug, caller.actor, users)),
      ),
    };
    response.json(view);
  });

  router.post('/visit', async (request, response) => {
    const caller = requireCaller(request, response);
    await services.visits.visit(caller, slugOf(param(request, 'slug')));
    response.status(204).end();
  });

  router.get('/templates', async (request, response) => {
    const caller = requireCaller(request, response);
    response.json(
      await services.templates.list(caller, slugOf(param(request, 'slug')), languageOf(request)),
    );
  });

  router.get('/trash', async (request, response) => {
    const caller = requireCaller(request, response);
    const slug = slugOf(param(request, 'slug'));
    const trashed = await services.trash.list(caller, slug);
    const users = lookupUsers(context);
    response.json(
      await Promise.all(trashed.map((d) => documentView(d, slug, caller.actor, users))),
    );
  });

  return router;
}
