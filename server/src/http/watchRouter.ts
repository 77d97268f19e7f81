import { Router, type Request, type Response } from 'express';
import { documentIdSchema, pageMentionsRequestSchema, type WatchView } from '@kring/shared';
import type { WatchTarget } from '../notifications/Watches.js';
import { requireCaller } from './authentication.js';
import type { HttpContext } from './HttpContext.js';
import { param, parse, slugOf } from './validate.js';

/** The three watch routes on one target: whether the caller watches it, start, stop. */
function watchRoutes(
  router: Router,
  context: HttpContext,
  targetOf: (
    request: Request,
    response: Response,
  ) => Promise<{ userId: string; target: WatchTarget }>,
): void {
  const notifications = context.services.notifications;
  router.get('/watch', async (request, response) => {
    const { userId, target } = await targetOf(request, response);
    response.json({
      watching: await notifications.watches.isWatching(userId, target),
    } satisfies WatchView);
  });
  for (const [method, watching] of [
    ['put', true],
    ['delete', false],
  ] as const) {
    router[method]('/watch', async (request, response) => {
      const { userId, target } = await targetOf(request, response);
      await notifications.watches.setWatching(userId, target, watching);
      response.json({ watching } satisfies WatchView);
    });
  }
}

/**
 * `/api/documents/:id/watch` (whoever may read the page; 404 otherwise) and
 * `/api/documents/:id/mentions` (whoever may write it: they mentioned people on the page).
 */
export function documentWatchRouter(context: HttpContext): Router {
  const { services } = context;
  const router = Router({ mergeParams: true });
  watchRoutes(router, context, async (request, response) => {
    const caller = requireCaller(request, response);
    const id = parse(documentIdSchema, param(request, 'id'), 'document id');
    const document = await services.documents.require(caller, id, 'document.read');
    return {
      userId: caller.userId ?? caller.actor.id,
      target: { type: 'document', id: document.id },
    };
  });

  // Mentioned people who may not read the page are skipped without a word: the answer is the
  // same whoever the ids are, so it reveals nobody's existence nor access.
  router.post('/mentions', async (request, response) => {
    const caller = requireCaller(request, response);
    const id = parse(documentIdSchema, param(request, 'id'), 'document id');
    const document = await services.documents.require(caller, id, 'document.write');
    const { userIds } = parse(pageMentionsRequestSchema, request.body);
    await services.notifications.pageMentioned(caller, document, userIds);
    response.status(204).end();
  });
  return router;
}

/** `/api/communities/:slug/watch`: members (404 otherwise) watch a community's new pages. */
export function communityWatchRouter(context: HttpContext): Router {
  const { services } = context;
  const router = Router({ mergeParams: true });
  watchRoutes(router, context, async (request, response) => {
    const caller = requireCaller(request, response);
    const slug = slugOf(param(request, 'slug'));
    const community = await services.communities.require(caller, slug, 'community.read');
    return {
      userId: caller.userId ?? caller.actor.id,
      target: { type: 'community', id: community.id },
    };
  });
  return router;
}
