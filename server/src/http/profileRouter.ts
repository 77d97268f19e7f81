import { Router } from 'express';
import { updateMyProfileRequestSchema } from '@kring/shared';
import { ProfileService } from '../people/ProfileService.js';
import { requireCaller } from './authentication.js';
import type { HttpContext } from './HttpContext.js';
import { parse } from './validate.js';

/** `/api/me/profile`: the signed-in person's profile and what they hide from others. */
export function profileRouter(context: HttpContext): Router {
  const profiles = new ProfileService(context.services);
  const router = Router();

  router.get('/', async (request, response) => {
    response.json(await profiles.myProfile(requireCaller(request, response)));
  });

  router.put('/', async (request, response) => {
    const caller = requireCaller(request, response);
    const body = parse(updateMyProfileRequestSchema, request.body);
    response.json(await profiles.updateMyProfile(caller, body));
  });

  return router;
}
