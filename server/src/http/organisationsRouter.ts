import { Router } from 'express';
import {
  createOrganisationRequestSchema,
  entityIdSchema,
  updateOrganisationRequestSchema,
  type OrganisationListView,
} from '@kring/shared';
import type { Caller } from '../auth/Caller.js';
import { forbidden } from '../domainError.js';
import { organisationView } from '../people/OrganisationDirectory.js';
import { requireCaller } from './authentication.js';
import type { HttpContext } from './HttpContext.js';
import { param, parse } from './validate.js';

/** Only instance admins manage organisation records. */
function requireAdmin(caller: Caller): void {
  if (!caller.actor.isAdmin) throw forbidden('Only instance admins manage organisations.');
}

/** `/api/organisations`: everyone signed in lists them; instance admins manage them. */
export function organisationsRouter(context: HttpContext): Router {
  const { services } = context;
  const router = Router();

  router.get('/', async (request, response) => {
    requireCaller(request, response);
    const organisations = (await services.organisations.list()).map(organisationView);
    response.json({ organisations } satisfies OrganisationListView);
  });

  router.post('/', async (request, response) => {
    requireAdmin(requireCaller(request, response));
    const body = parse(createOrganisationRequestSchema, request.body);
    response.status(201).json(organisationView(await services.organisations.create(body)));
  });

  router.patch('/:id', async (request, response) => {
    requireAdmin(requireCaller(request, response));
    const id = parse(entityIdSchema, param(request, 'id'), 'organisation id');
    const body = parse(updateOrganisationRequestSchema, request.body);
    response.json(organisationView(await services.organisations.update(id, body)));
  });

  router.delete('/:id', async (request, response) => {
    requireAdmin(requireCaller(request, response));
    const id = parse(entityIdSchema, param(request, 'id'), 'organisation id');
    await services.organisations.delete(id);
    response.status(204).end();
  });

  return router;
}
