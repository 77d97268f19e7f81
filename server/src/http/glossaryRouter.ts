import { Router } from 'express';
import {
  createGlossaryEntryRequestSchema,
  entityIdSchema,
  updateGlossaryEntryRequestSchema,
  type GlossaryListView,
} from '@kring/shared';
import { can } from '../auth/permissions.js';
import { Glossary } from '../glossary/Glossary.js';
import { glossaryEntryView } from '../glossary/glossaryView.js';
import { requireCaller } from './authentication.js';
import { lookupUsers, type HttpContext } from './HttpContext.js';
import { param, parse, slugOf } from './validate.js';

/**
 * `/api/communities/:slug/glossary`: the community's terms explained. Members read; owners,
 * editors and commenters add; authors and owners change and delete. Non-members get 404.
 */
export function glossaryRouter(context: HttpContext): Router {
  const { services } = context;
  const glossary = new Glossary(services.meta, services.communities, services.audit, services.now);
  const router = Router({ mergeParams: true });
  const entryId = (value: unknown) => parse(entityIdSchema, value, 'glossary entry id');

  router.get('/glossary', async (request, response) => {
    const caller = requireCaller(request, response);
    const { community, entries } = await glossary.list(caller, slugOf(param(request, 'slug')));
    const users = lookupUsers(context);
    response.json({
      entries: await Promise.all(entries.map((entry) => glossaryEntryView(caller, entry, users))),
      canCreate: can(caller.actor, 'glossary.write', { type: 'community', id: community.id }),
    } satisfies GlossaryListView);
  });

  router.post('/glossary', async (request, response) => {
    const caller = requireCaller(request, response);
    const slug = slugOf(param(request, 'slug'));
    // Permission first, so readers and outsiders learn nothing from validation messages.
    await services.communities.require(caller, slug, 'glossary.write');
    const body = parse(createGlossaryEntryRequestSchema, request.body);
    const record = await glossary.create(caller, slug, body);
    response.status(201).json(await glossaryEntryView(caller, record, lookupUsers(context)));
  });

  router.patch('/glossary/:id', async (request, response) => {
    const caller = requireCaller(request, response);
    const slug = slugOf(param(request, 'slug'));
    await services.communities.require(caller, slug, 'community.read');
    const id = entryId(param(request, 'id'));
    const body = parse(updateGlossaryEntryRequestSchema, request.body);
    const record = await glossary.update(caller, slug, id, body);
    response.json(await glossaryEntryView(caller, record, lookupUsers(context)));
  });

  router.delete('/glossary/:id', async (request, response) => {
    const caller = requireCaller(request, response);
    const slug = slugOf(param(request, 'slug'));
    await glossary.delete(caller, slug, entryId(param(request, 'id')));
    response.status(204).end();
  });

  return router;
}
