import express, { Router } from 'express';
import {
  OFFLINE_BATCH_MAX_BYTES,
  offlineManifestQuerySchema,
  offlinePullRequestSchema,
  offlinePushRequestSchema,
  type OfflineManifestView,
} from '@kring/shared';
import { requireCaller } from './authentication.js';
import { lookupUsers, type HttpContext } from './HttpContext.js';
import { memberViews } from './memberViews.js';
import { languageOf, param, parse, slugOf } from './validate.js';
import { communityView, documentView } from './views.js';

/**
 * The body parser of the batched offline routes: they carry up to `OFFLINE_BATCH_MAX_BYTES` of
 * base64 Yjs data; every other route keeps the 1 MB of the `/api` parser. Mount it before that one.
 */
export const offlineBodyParser = express.json({ limit: OFFLINE_BATCH_MAX_BYTES });

/**
 * `/api/communities/:slug/offline{,/pull,/push}`: offline sync of a whole community. The manifest
 * says what changed since the client's change clock (epoch and count); pull and push move Yjs
 * state in batches. A new epoch (the server restarted) makes every page count as changed.
 */
export function offlineRouter(context: HttpContext): Router {
  const { services, offline } = context;
  const router = Router({ mergeParams: true });

  router.get('/offline', async (request, response) => {
    const caller = requireCaller(request, response);
    const slug = slugOf(param(request, 'slug'));
    const query = parse(offlineManifestQuerySchema, request.query, 'query');
    const community = await services.communities.require(caller, slug, 'community.read');
    const { changes } = services;
    // Read before the documents: a change made while they are read is reported now or next time.
    const clock = changes.now;
    const full = !changes.isCurrent(query.epoch, query.since);
    const since = query.since ?? 0;
    const records = (await services.documents.listFor(caller, slug)).filter(
      (document) => document.deletedAt === null,
    );
    const users = lookupUsers(context);
    const members = await memberViews(context, caller, community);
    const manifest: OfflineManifestView = {
      epoch: changes.epoch,
      clock,
      full,
      community: communityView(
        community,
        caller.actor,
        (await services.memberships.ofCommunity(community.id)).length,
      ),
      documents: await Promise.all(
        records.map((document) => documentView(document, slug, caller.actor, users)),
      ),
      changed: records
        .filter((document) => full || changes.changedSince(document.id, since))
        .map((document) => document.id),
      members,
      templates: await services.templates.listWithContent(caller, slug, languageOf(request)),
    };
    response.json(manifest);
  });

  router.post('/offline/pull', async (request, response) => {
    const caller = requireCaller(request, response);
    const slug = slugOf(param(request, 'slug'));
    const body = parse(offlinePullRequestSchema, request.body);
    response.json(await offline.pull.pull(caller, slug, body));
  });

  router.post('/offline/push', async (request, response) => {
    const caller = requireCaller(request, response);
    const slug = slugOf(param(request, 'slug'));
    const body = parse(offlinePushRequestSchema, request.body);
    response.json(await offline.push.push(caller, slug, body));
  });

  return router;
}
