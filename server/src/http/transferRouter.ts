import express, { Router } from 'express';
import { documentIdSchema } from '@kring/shared';
import { z } from 'zod';
import { EXPORT_FORMATS, type ExportedFile } from '../documents/DocumentTransfer.js';
import { MAX_UPLOAD_BYTES } from '../transfer/limits.js';
import type { Response } from 'express';
import { requireCaller } from './authentication.js';
import { lookupUsers, type HttpContext } from './HttpContext.js';
import { param, parse, slugOf } from './validate.js';
import { documentView } from './views.js';

const importQuerySchema = z.object({
  parentId: documentIdSchema.optional(),
  name: z.string().max(255).optional(),
});
const exportQuerySchema = z.object({
  format: z.enum(EXPORT_FORMATS).default('md'),
  /** `drop` leaves out images on other sites, which would load when the file is opened. */
  externalImages: z.enum(['keep', 'drop']).default('keep'),
});

function sendFile(response: Response, file: ExportedFile): void {
  response.setHeader('Content-Type', file.contentType);
  response.setHeader(
    'Content-Disposition',
    `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
  );
  response.send(file.body);
}

/**
 * Import (`POST /api/communities/:slug/import`, the raw file as body) and export
 * (`GET /api/documents/:id/export`, `GET /api/communities/:slug/export`).
 */
export function transferRouter(context: HttpContext): Router {
  const { services } = context;
  const router = Router();
  const raw = express.raw({ type: () => true, limit: MAX_UPLOAD_BYTES });

  router.post('/communities/:slug/import', raw, async (request, response) => {
    const caller = requireCaller(request, response);
    const slug = slugOf(param(request, 'slug'));
    const query = parse(importQuerySchema, request.query, 'query');
    const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
    const created = await services.transfer.import(caller, slug, {
      contentType: request.get('content-type') ?? '',
      body,
      fileName: query.name ?? null,
      parentId: query.parentId ?? null,
    });
    const users = lookupUsers(context);
    response
      .status(201)
      .json(
        await Promise.all(created.map((page) => documentView(page, slug, caller.actor, users))),
      );
  });

  router.get('/communities/:slug/export', async (request, response) => {
    const caller = requireCaller(request, response);
    sendFile(
      response,
      await services.transfer.exportCommunity(caller, slugOf(param(request, 'slug'))),
    );
  });

  router.get('/documents/:id/export', async (request, response) => {
    const caller = requireCaller(request, response);
    const id = parse(documentIdSchema, param(request, 'id'), 'document id');
    const { format, externalImages } = parse(exportQuerySchema, request.query, 'query');
    sendFile(response, await services.transfer.exportDocument(caller, id, format, externalImages));
  });

  return router;
}
