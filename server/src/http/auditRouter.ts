import { Router, type Response } from 'express';
import { slugSchema } from '@kring/shared';
import { z } from 'zod';
import { AUDIT_CSV_HEADER, auditCsvLine } from '../audit/auditCsv.js';
import { AUDIT_PAGE_MAX } from '../audit/AuditLog.js';
import { can } from '../auth/permissions.js';
import { forbidden } from '../domainError.js';
import { requireCaller } from './authentication.js';
import { lookupUsers, type HttpContext } from './HttpContext.js';
import { param, parse, slugOf } from './validate.js';
import { auditEntryView } from './views.js';

const pageQuerySchema = z.object({
  before: z
    .string()
    .regex(/^[0-9a-z]{1,40}$/)
    .optional(),
  limit: z.coerce.number().int().min(1).max(AUDIT_PAGE_MAX).default(100),
  community: slugSchema.optional(),
});

async function streamCsv(
  context: HttpContext,
  response: Response,
  communityId: string | undefined,
  name: string,
) {
  const users = lookupUsers(context);
  response.setHeader('Content-Type', 'text/csv; charset=utf-8');
  response.setHeader('Content-Disposition', `attachment; filename="${name}"`);
  response.write(`${AUDIT_CSV_HEADER.join(',')}\r\n`);
  for await (const entry of context.services.audit.all(communityId)) {
    const actor = await users(entry.actorId);
    response.write(auditCsvLine(entry, actor?.name ?? ''));
  }
  response.end();
}

/** `/api/communities/:slug/audit(.csv)`: a community's audit log, for its owners. */
export function communityAuditRouter(context: HttpContext): Router {
  const router = Router({ mergeParams: true });
  const { services } = context;

  router.get('/audit', async (request, response) => {
    const caller = requireCaller(request, response);
    const community = await services.communities.require(
      caller,
      slugOf(param(request, 'slug')),
      'audit.read',
    );
    const query = parse(pageQuerySchema, request.query, 'query');
    const entries = await services.audit.list({
      communityId: community.id,
      limit: query.limit,
      ...(query.before ? { before: query.before } : {}),
    });
    const users = lookupUsers(context);
    response.json(await Promise.all(entries.map((entry) => auditEntryView(entry, users))));
  });

  router.get('/audit.csv', async (request, response) => {
    const caller = requireCaller(request, response);
    const community = await services.communities.require(
      caller,
      slugOf(param(request, 'slug')),
      'audit.read',
    );
    await streamCsv(context, response, community.id, `kring-audit-${community.slug}.csv`);
  });

  return router;
}

/** `/api/audit(.csv)`: the whole instance's audit log, for instance admins. */
export function auditRouter(context: HttpContext): Router {
  const router = Router();
  const { services } = context;

  const communityIdOf = async (slug: string | undefined) =>
    slug === undefined ? undefined : ((await services.communities.bySlug(slug))?.id ?? 'none');

  router.get('/audit', async (request, response) => {
    const caller = requireCaller(request, response);
    if (!can(caller.actor, 'audit.read_all', { type: 'instance' })) throw forbidden();
    const query = parse(pageQuerySchema, request.query, 'query');
    const communityId = await communityIdOf(query.community);
    const entries = await services.audit.list({
      limit: query.limit,
      ...(communityId ? { communityId } : {}),
      ...(query.before ? { before: query.before } : {}),
    });
    const users = lookupUsers(context);
    response.json(await Promise.all(entries.map((entry) => auditEntryView(entry, users))));
  });

  router.get('/audit.csv', async (request, response) => {
    const caller = requireCaller(request, response);
    if (!can(caller.actor, 'audit.read_all', { type: 'instance' })) throw forbidden();
    const query = parse(pageQuerySchema, request.query, 'query');
    await streamCsv(context, response, await communityIdOf(query.community), 'kring-audit.csv');
  });

  return router;
}
