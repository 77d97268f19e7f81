import { Router, type Request } from 'express';
import { documentIdSchema, entityIdSchema, type FileView } from '@kring/shared';
import { z } from 'zod';
import type { Caller } from '../auth/Caller.js';
import { isPreviewable, mediaType } from '../files/contentType.js';
import type { FileRecord } from '../files/FileService.js';
import { requireCaller } from './authentication.js';
import { lookupUsers, type HttpContext } from './HttpContext.js';
import { param, parse, slugOf } from './validate.js';
import { userSummary } from './views.js';

const uploadQuerySchema = z.object({
  name: z.string().min(1).max(500),
  documentId: documentIdSchema.optional(),
});
const listQuerySchema = z.object({ documentId: documentIdSchema.optional() });

/** `Content-Length` of a request, or null when not sent. */
function declaredLength(request: Request): number | null {
  const header = request.get('content-length');
  return header === undefined ? null : Number(header);
}

/**
 * Files: `POST/GET /api/communities/:slug/files` (upload streams straight to disk, before any body
 * parser), `GET/DELETE /api/files/:id`. Downloads are permission-checked on every request and
 * sent with `nosniff` and a sandboxing Content-Security-Policy; only images and PDFs open inline.
 */
export function filesRouter(context: HttpContext): Router {
  const { services } = context;
  const router = Router();

  const view = async (caller: Caller, record: FileRecord, slug: string): Promise<FileView> => {
    const creator = await lookupUsers(context)(record.createdBy);
    return {
      id: record.id,
      name: record.name,
      contentType: record.contentType,
      size: record.size,
      sha256: record.sha256,
      createdAt: record.createdAt,
      createdBy: creator ? userSummary(creator) : null,
      documentId: record.documentId,
      communitySlug: slug,
      url: `/api/files/${record.id}`,
      canDelete: services.files.mayDelete(caller, record),
    };
  };

  router.post('/communities/:slug/files', async (request, response) => {
    const caller = requireCaller(request, response);
    const slug = slugOf(param(request, 'slug'));
    const query = parse(uploadQuerySchema, request.query, 'query');
    const record = await services.files.upload(
      caller,
      slug,
      {
        name: query.name,
        contentType: mediaType(request.get('content-type')),
        documentId: query.documentId ?? null,
        declaredBytes: declaredLength(request),
      },
      request,
    );
    context.search.fileAdded(record);
    response.status(201).json(await view(caller, record, slug));
  });

  router.get('/communities/:slug/files', async (request, response) => {
    const caller = requireCaller(request, response);
    const slug = slugOf(param(request, 'slug'));
    const query = parse(listQuerySchema, request.query, 'query');
    const records = await services.files.list(caller, slug, query.documentId ?? null);
    response.json(await Promise.all(records.map((record) => view(caller, record, slug))));
  });

  router.get('/files/:id', async (request, response) => {
    const caller = requireCaller(request, response);
    const id = parse(entityIdSchema, param(request, 'id'), 'file id');
    const { record, content } = await services.files.open(caller, id);
    const inline = isPreviewable(record.contentType) && request.query['download'] === undefined;
    response.setHeader('Content-Type', record.contentType);
    response.setHeader('Content-Length', String(record.size));
    response.setHeader(
      'Content-Disposition',
      `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(record.name)}`,
    );
    // Nothing a file holds may run as this site. (Chrome's PDF viewer refuses sandboxed frames, and
    // a PDF shows in its own viewer anyway, so PDFs go without the sandbox.)
    if (record.contentType === 'application/pdf') {
      // Previewed in a frame of Kring's own pages, and nowhere else.
      response.setHeader('Content-Security-Policy', "frame-ancestors 'self'");
      response.setHeader('X-Frame-Options', 'SAMEORIGIN');
    } else {
      response.setHeader('Content-Security-Policy', "default-src 'none'; img-src 'self'; sandbox");
    }
    response.setHeader('Cache-Control', 'private, no-cache');
    response.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
    content.on('error', (error) => response.destroy(error));
    content.pipe(response);
  });

  router.delete('/files/:id', async (request, response) => {
    const caller = requireCaller(request, response);
    const id = parse(entityIdSchema, param(request, 'id'), 'file id');
    await services.files.delete(caller, id);
    context.search.fileRemoved(id);
    response.status(204).end();
  });

  return router;
}
