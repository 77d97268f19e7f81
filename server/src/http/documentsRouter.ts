import { Router } from 'express';
import {
  createDocumentRequestSchema,
  documentAccessRequestSchema,
  updateDocumentRequestSchema,
  saveTemplateRequestSchema,
  documentIdSchema,
} from '@kring/shared';
import type { Caller } from '../auth/Caller.js';
import type { DocumentRecord } from '../storage/meta/records.js';
import { requireCaller } from './authentication.js';
import { contributorsView } from './contributorsView.js';
import { lookupUsers, type HttpContext } from './HttpContext.js';
import { languageOf, param, parse, slugOf } from './validate.js';
import { documentView } from './views.js';

/** `/api/communities/:slug/documents`: list and create a community's documents. */
export function communityDocumentsRouter(context: HttpContext): Router {
  const { services } = context;
  const router = Router({ mergeParams: true });

  router.get('/', async (request, response) => {
    const caller = requireCaller(request, response);
    const slug = slugOf(param(request, 'slug'));
    const documents = await services.documents.listFor(caller, slug);
    const users = lookupUsers(context);
    response.json(
      await Promise.all(
        documents.map((document) => documentView(document, slug, caller.actor, users)),
      ),
    );
  });

  router.post('/', async (request, response) => {
    const caller = requireCaller(request, response);
    const slug = slugOf(param(request, 'slug'));
    const body = parse(createDocumentRequestSchema, request.body);
    const { templateId } = body;
    const { document, created } =
      templateId === undefined
        ? await services.creator.create(caller, slug, body)
        : await services.templates.createFrom(
            caller,
            slug,
            { ...body, templateId },
            languageOf(request),
          );
    response
      .status(created ? 201 : 200)
      .json(await documentView(document, slug, caller.actor, lookupUsers(context)));
  });

  return router;
}

/** `/api/documents/:id`: one document's metadata, deletion and who may open it. */
export function documentsRouter(context: HttpContext): Router {
  const { services } = context;
  const router = Router();
  const idOf = (value: unknown) => parse(documentIdSchema, value, 'document id');

  const view = async (caller: Caller, document: DocumentRecord) => {
    const community = await services.communities.byId(document.communityId);
    return documentView(document, community?.slug ?? '', caller.actor, lookupUsers(context));
  };

  router.get('/:id', async (request, response) => {
    const caller = requireCaller(request, response);
    const document = await services.documents.require(
      caller,
      idOf(param(request, 'id')),
      'document.read',
    );
    response.json(await view(caller, document));
  });

  router.delete('/:id', async (request, response) => {
    const caller = requireCaller(request, response);
    await services.trash.moveToTrash(caller, idOf(param(request, 'id')));
    response.status(204).end();
  });

  router.patch('/:id', async (request, response) => {
    const caller = requireCaller(request, response);
    const change = parse(updateDocumentRequestSchema, request.body);
    const document = await services.pageTree.update(caller, idOf(param(request, 'id')), change);
    response.json(await view(caller, document));
  });

  router.post('/:id/restore', async (request, response) => {
    const caller = requireCaller(request, response);
    const document = await services.trash.restore(caller, idOf(param(request, 'id')));
    response.json(await view(caller, document));
  });

  router.post('/:id/template', async (request, response) => {
    const caller = requireCaller(request, response);
    const body = parse(saveTemplateRequestSchema, request.body);
    response
      .status(201)
      .json(await services.templates.saveFrom(caller, idOf(param(request, 'id')), body));
  });

  router.get('/:id/backlinks', async (request, response) => {
    const caller = requireCaller(request, response);
    const sources = await services.links.backlinks(caller, idOf(param(request, 'id')));
    response.json(await Promise.all(sources.map((source) => view(caller, source))));
  });

  router.get('/:id/contributors', async (request, response) => {
    const caller = requireCaller(request, response);
    const id = idOf(param(request, 'id'));
    await services.documents.require(caller, id, 'document.read');
    await services.contributions.flush();
    const records = await services.contributions.forDocument(id);
    response.json(await contributorsView(records, lookupUsers(context)));
  });

  router.put('/:id/access', async (request, response) => {
    const caller = requireCaller(request, response);
    const body = parse(documentAccessRequestSchema, request.body);
    const document = await services.documents.setAccess(
      caller,
      idOf(param(request, 'id')),
      body.restrictedTo,
    );
    response.json(await view(caller, document));
  });

  return router;
}
