import { Router } from 'express';
import { entityIdSchema } from '@kring/shared';
import { ProfileService } from '../people/ProfileService.js';
import { requireCaller } from './authentication.js';
import type { HttpContext } from './HttpContext.js';
import { param, parse } from './validate.js';

/** `/api/people/:userId`: a person page, for people who share a community with them. */
export function personRouter(context: HttpContext): Router {
  const profiles = new ProfileService(context.services);
  const router = Router();

  router.get('/:userId', async (request, response) => {
    const caller = requireCaller(request, response);
    const userId = parse(entityIdSchema, param(request, 'userId'), 'user id');
    response.json(await profiles.person(caller, userId));
  });

  return router;
}
