import { Router } from 'express';
import { peopleQuerySchema } from '@kring/shared';
import { PeopleSearch } from '../people/PeopleSearch.js';
import { requireCaller } from './authentication.js';
import type { HttpContext } from './HttpContext.js';
import { languageOf, parse } from './validate.js';

/** `GET /api/people?q=`: "who can I ask about …?", best first, with reasons. */
export function peopleRouter(context: HttpContext): Router {
  const people = new PeopleSearch(context.services, context.search);
  const router = Router();
  router.get('/', async (request, response) => {
    const caller = requireCaller(request, response);
    const query = parse(peopleQuerySchema, request.query, 'query');
    response.setHeader('Vary', 'Accept-Language');
    response.json(await people.find(caller, query, languageOf(request)));
  });
  return router;
}
