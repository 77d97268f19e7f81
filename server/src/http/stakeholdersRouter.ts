import { Router } from 'express';
import { createStakeholderRequestSchema, entityIdSchema } from '@kring/shared';
import { externalStakeholderView } from '../stakeholders/ExternalStakeholders.js';
import { StakeholderMap } from '../stakeholders/StakeholderMap.js';
import { stakeholderCsv } from '../stakeholders/stakeholderCsv.js';
import { requireCaller } from './authentication.js';
import type { HttpContext } from './HttpContext.js';
import { param, parse, slugOf } from './validate.js';

/**
 * `/api/communities/:slug/stakeholders(.csv)`: the community's stakeholder map for its members;
 * owners (and instance admins) add and remove stakeholders who are not members.
 */
export function stakeholdersRouter(context: HttpContext): Router {
  const router = Router({ mergeParams: true });
  const map = new StakeholderMap(context.services);

  router.get('/stakeholders', async (request, response) => {
    const caller = requireCaller(request, response);
    const { view } = await map.build(caller, slugOf(param(request, 'slug')));
    response.json(view);
  });

  router.get('/stakeholders.csv', async (request, response) => {
    const caller = requireCaller(request, response);
    const { community, view, mayManage } = await map.build(caller, slugOf(param(request, 'slug')));
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader(
      'Content-Disposition',
      `attachment; filename="kring-stakeholders-${community.slug}.csv"`,
    );
    response.send(stakeholderCsv(view, mayManage));
  });

  router.post('/stakeholders', async (request, response) => {
    const caller = requireCaller(request, response);
    const slug = slugOf(param(request, 'slug'));
    // Permission first, so non-owners learn nothing from validation messages.
    await context.services.communities.require(caller, slug, 'member.manage');
    const body = parse(createStakeholderRequestSchema, request.body);
    const record = await map.stakeholders.add(caller, slug, body);
    response.status(201).json(externalStakeholderView(record, true));
  });

  router.delete('/stakeholders/:id', async (request, response) => {
    const caller = requireCaller(request, response);
    const slug = slugOf(param(request, 'slug'));
    const id = parse(entityIdSchema, param(request, 'id'), 'stakeholder id');
    await map.stakeholders.remove(caller, slug, id);
    response.status(204).end();
  });

  return router;
}
