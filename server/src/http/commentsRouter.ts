import { Router, type Request } from 'express';
import {
  createThreadRequestSchema,
  documentIdSchema,
  editCommentRequestSchema,
  entityIdSchema,
  reactionSchema,
  replyRequestSchema,
  resolveThreadRequestSchema,
  type CommentThreadsView,
} from '@kring/shared';
import type { Caller } from '../auth/Caller.js';
import { can, type DocumentAction } from '../auth/permissions.js';
import { commentThreadView } from '../comments/commentView.js';
import { documentResource } from '../documents/DocumentDirectory.js';
import type { CommentThreadRecord } from '../storage/meta/records.js';
import { requireCaller } from './authentication.js';
import { lookupUsers, type HttpContext } from './HttpContext.js';
import { param, parse } from './validate.js';

/**
 * `/api/documents/:id/comments`: comment threads on a page. Whoever may read the page reads them;
 * owners, editors and commenters start threads, reply, react and resolve; authors edit their own
 * comments; authors and the page's managers delete them. Callers who may not read the page get
 * 404, as for the page itself. Every check of permission comes before validating the request, so
 * readers and outsiders learn nothing from validation messages.
 */
export function commentsRouter(context: HttpContext): Router {
  const { services } = context;
  const comments = services.comments;
  const router = Router({ mergeParams: true });

  /** The page's id, once the caller may do `action` on it. @throws 400, 404, 403 */
  const pageFor = async (request: Request, caller: Caller, action: DocumentAction) => {
    const id = parse(documentIdSchema, param(request, 'id'), 'document id');
    await services.documents.require(caller, id, action);
    return id;
  };
  const threadId = (request: Request) =>
    parse(entityIdSchema, param(request, 'threadId'), 'thread id');
  const commentId = (request: Request) =>
    parse(entityIdSchema, param(request, 'commentId'), 'comment id');
  const send = async (
    caller: Caller,
    thread: CommentThreadRecord,
    response: { json(body: unknown): unknown },
  ) => {
    response.json(await commentThreadView(caller, thread, lookupUsers(context)));
  };

  router.get('/', async (request, response) => {
    const caller = requireCaller(request, response);
    const id = parse(documentIdSchema, param(request, 'id'), 'document id');
    const { document, threads } = await comments.list(caller, id);
    const users = lookupUsers(context);
    response.json({
      threads: await Promise.all(threads.map((thread) => commentThreadView(caller, thread, users))),
      canComment: can(caller.actor, 'document.comment', documentResource(document)),
    } satisfies CommentThreadsView);
  });

  router.post('/', async (request, response) => {
    const caller = requireCaller(request, response);
    const id = await pageFor(request, caller, 'document.comment');
    const body = parse(createThreadRequestSchema, request.body);
    const thread = await comments.create(caller, id, body);
    response.status(201);
    await send(caller, thread, response);
  });

  router.post('/:threadId/replies', async (request, response) => {
    const caller = requireCaller(request, response);
    const id = await pageFor(request, caller, 'document.comment');
    const thread = threadId(request);
    const { body, mentions } = parse(replyRequestSchema, request.body);
    const replied = await comments.reply(caller, id, thread, body, mentions);
    response.status(201);
    await send(caller, replied, response);
  });

  router.patch('/:threadId', async (request, response) => {
    const caller = requireCaller(request, response);
    const id = await pageFor(request, caller, 'document.comment');
    const thread = threadId(request);
    const { resolved } = parse(resolveThreadRequestSchema, request.body);
    await send(caller, await comments.resolve(caller, id, thread, resolved), response);
  });

  router.patch('/:threadId/comments/:commentId', async (request, response) => {
    const caller = requireCaller(request, response);
    const id = await pageFor(request, caller, 'document.comment');
    const [thread, comment] = [threadId(request), commentId(request)];
    const { body } = parse(editCommentRequestSchema, request.body);
    await send(caller, await comments.edit(caller, id, thread, comment, body), response);
  });

  router.delete('/:threadId/comments/:commentId', async (request, response) => {
    const caller = requireCaller(request, response);
    const id = await pageFor(request, caller, 'document.read');
    const [thread, comment] = [threadId(request), commentId(request)];
    const left = await comments.deleteComment(caller, id, thread, comment);
    if (left === null) response.status(204).end();
    else await send(caller, left, response);
  });

  for (const [method, on] of [
    ['put', true],
    ['delete', false],
  ] as const) {
    router[method](
      '/:threadId/comments/:commentId/reactions/:reaction',
      async (request, response) => {
        const caller = requireCaller(request, response);
        const id = await pageFor(request, caller, 'document.comment');
        const [thread, comment] = [threadId(request), commentId(request)];
        const reaction = parse(reactionSchema, param(request, 'reaction'), 'reaction');
        await send(
          caller,
          await comments.react(caller, id, thread, comment, reaction, on),
          response,
        );
      },
    );
  }

  return router;
}
