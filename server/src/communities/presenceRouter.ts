import { Router } from 'express';
import type { CommunityPresenceView } from '@kring/shared';
import { requireCaller } from '../http/authentication.js';
import type { HttpContext } from '../http/HttpContext.js';
import { param, slugOf } from '../http/validate.js';

/** `GET /api/communities/:slug/presence`: who has the community's pages open now (members only). */
export function presenceRouter(context: HttpContext): Router {
  const { services } = context;
  const router = Router({ mergeParams: true });

  router.get('/presence', async (request, response) => {
    const caller = requireCaller(request, response);
    const view: CommunityPresenceView = await services.presence.inCommunity(
      caller,
      slugOf(param(request, 'slug')),
    );
    response.json(view);
  });

  return router;
}
