import { Router } from 'express';
import {
  createVersionRequestSchema,
  documentIdSchema,
  type VersionContentView,
  type VersionView,
} from '@kring/shared';
import { z } from 'zod';
import type { VersionRecord } from '../history/VersionService.js';
import { loadTransfer } from '../transfer/loadTransfer.js';
import { requireCaller } from './authentication.js';
import { lookupUsers, type HttpContext } from './HttpContext.js';
import { param, parse } from './validate.js';
import { userSummary, type UserLookup } from './views.js';

const versionIdSchema = z.string().regex(/^[0-9a-f]{16}$/);

async function versionView(
  version: Omit<VersionRecord, 'state'>,
  users: UserLookup,
): Promise<VersionView> {
  const authors = await Promise.all(version.authorIds.map((id) => users(id)));
  return {
    id: version.id,
    createdAt: version.createdAt,
    name: version.name,
    kind: version.kind,
    authors: authors.filter((user) => user !== null).map(userSummary),
  };
}

/** `/api/documents/:id/versions`: history — list, save a named version, view, restore. */
export function versionsRouter(context: HttpContext): Router {
  const { services } = context;
  const router = Router({ mergeParams: true });
  const idOf = (request: { params: unknown }) =>
    parse(documentIdSchema, param(request, 'id'), 'document id');
  const versionOf = (request: { params: unknown }) =>
    parse(versionIdSchema, param(request, 'versionId'), 'version id');

  router.get('/', async (request, response) => {
    const caller = requireCaller(request, response);
    const versions = await services.versions.list(caller, idOf(request));
    const users = lookupUsers(context);
    response.json(await Promise.all(versions.map((version) => versionView(version, users))));
  });

  router.post('/', async (request, response) => {
    const caller = requireCaller(request, response);
    const body = parse(createVersionRequestSchema, request.body);
    const version = await services.versions.saveNamed(caller, idOf(request), body.name);
    response.status(201).json(await versionView(version, lookupUsers(context)));
  });

  router.get('/:versionId', async (request, response) => {
    const caller = requireCaller(request, response);
    const { version, doc } = await services.versions.open(
      caller,
      idOf(request),
      versionOf(request),
    );
    const content = (await loadTransfer()).yDocToDoc(doc);
    doc.destroy();
    const view: VersionContentView = {
      version: await versionView(version, lookupUsers(context)),
      title: content.title,
      doc: content.doc,
    };
    response.json(view);
  });

  router.post('/:versionId/restore', async (request, response) => {
    const caller = requireCaller(request, response);
    await services.versions.restore(caller, idOf(request), versionOf(request));
    response.status(204).end();
  });

  return router;
}
