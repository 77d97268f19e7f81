import { Router, type Request } from 'express';
import {
  answerRequestSchema,
  askQuestionRequestSchema,
  entityIdSchema,
  promoteQuestionRequestSchema,
  questionListQuerySchema,
  updateQuestionRequestSchema,
  type QuestionListView,
} from '@kring/shared';
import type { Caller } from '../auth/Caller.js';
import { can, type CommunityAction } from '../auth/permissions.js';
import { Glossary } from '../glossary/Glossary.js';
import { Questions } from '../questions/Questions.js';
import { questionSummaryView, questionView } from '../questions/questionView.js';
import type { CommunityRecord, QuestionRecord } from '../storage/meta/records.js';
import { requireCaller } from './authentication.js';
import { lookupUsers, type HttpContext } from './HttpContext.js';
import { param, parse, slugOf } from './validate.js';

/**
 * `/api/communities/:slug/questions`: the community's questions not tied to a page. Members read;
 * owners, editors and commenters ask and answer; askers change their question's text; askers and
 * owners close, reopen, accept an answer and delete; authors change their answers, authors and
 * owners delete them; a question becomes a glossary entry (owners, editors, commenters) or a page
 * (owners, editors). Non-members get 404 everywhere. Every check of permission comes before
 * validating the request, so readers and outsiders learn nothing from validation messages.
 */
export function questionsRouter(context: HttpContext): Router {
  const { services } = context;
  const glossary = new Glossary(services.meta, services.communities, services.audit, services.now);
  const questions = new Questions({
    db: services.meta,
    communities: services.communities,
    audit: services.audit,
    glossary,
    pages: services.transfer,
    now: services.now,
    onAnswered: (event) => services.notifications.answered(event),
  });
  const router = Router({ mergeParams: true });

  /** The slug, once the caller may do `action` in its community. @throws 400, 404, 403 */
  const communityFor = async (request: Request, caller: Caller, action: CommunityAction) => {
    const slug = slugOf(param(request, 'slug'));
    return services.communities.require(caller, slug, action);
  };
  const questionId = (request: Request) =>
    parse(entityIdSchema, param(request, 'id'), 'question id');
  const answerId = (request: Request) =>
    parse(entityIdSchema, param(request, 'answerId'), 'answer id');
  const view = (caller: Caller, community: CommunityRecord, question: QuestionRecord) =>
    questionView(caller, community, question, lookupUsers(context));

  router.get('/questions', async (request, response) => {
    const caller = requireCaller(request, response);
    const community = await communityFor(request, caller, 'community.read');
    const query = parse(questionListQuerySchema, request.query, 'query');
    const found = await questions.list(caller, community.slug, query);
    const users = lookupUsers(context);
    response.json({
      total: found.total,
      questions: await Promise.all(found.questions.map((each) => questionSummaryView(each, users))),
      canAsk: can(caller.actor, 'discussion.write', { type: 'community', id: community.id }),
    } satisfies QuestionListView);
  });

  router.post('/questions', async (request, response) => {
    const caller = requireCaller(request, response);
    const community = await communityFor(request, caller, 'discussion.write');
    const body = parse(askQuestionRequestSchema, request.body);
    const question = await questions.ask(caller, community.slug, body);
    response.status(201).json(await view(caller, community, question));
  });

  router.get('/questions/:id', async (request, response) => {
    const caller = requireCaller(request, response);
    const community = await communityFor(request, caller, 'community.read');
    const question = await questions.get(caller, community.slug, questionId(request));
    response.json(await view(caller, community, question));
  });

  router.patch('/questions/:id', async (request, response) => {
    const caller = requireCaller(request, response);
    const community = await communityFor(request, caller, 'community.read');
    const id = questionId(request);
    const body = parse(updateQuestionRequestSchema, request.body);
    const question = await questions.update(caller, community.slug, id, body);
    response.json(await view(caller, community, question));
  });

  router.delete('/questions/:id', async (request, response) => {
    const caller = requireCaller(request, response);
    const community = await communityFor(request, caller, 'community.read');
    await questions.delete(caller, community.slug, questionId(request));
    response.status(204).end();
  });

  router.post('/questions/:id/answers', async (request, response) => {
    const caller = requireCaller(request, response);
    const community = await communityFor(request, caller, 'discussion.write');
    const id = questionId(request);
    const { body } = parse(answerRequestSchema, request.body);
    const question = await questions.answer(caller, community.slug, id, body);
    response.status(201).json(await view(caller, community, question));
  });

  router.patch('/questions/:id/answers/:answerId', async (request, response) => {
    const caller = requireCaller(request, response);
    const community = await communityFor(request, caller, 'community.read');
    const [id, answer] = [questionId(request), answerId(request)];
    const { body } = parse(answerRequestSchema, request.body);
    const question = await questions.editAnswer(caller, community.slug, id, answer, body);
    response.json(await view(caller, community, question));
  });

  router.delete('/questions/:id/answers/:answerId', async (request, response) => {
    const caller = requireCaller(request, response);
    const community = await communityFor(request, caller, 'community.read');
    const [id, answer] = [questionId(request), answerId(request)];
    const question = await questions.deleteAnswer(caller, community.slug, id, answer);
    response.json(await view(caller, community, question));
  });

  for (const [method, accepted] of [
    ['post', true],
    ['delete', false],
  ] as const) {
    router[method]('/questions/:id/answers/:answerId/accept', async (request, response) => {
      const caller = requireCaller(request, response);
      const community = await communityFor(request, caller, 'community.read');
      const [id, answer] = [questionId(request), answerId(request)];
      const question = await questions.accept(caller, community.slug, id, answer, accepted);
      response.json(await view(caller, community, question));
    });
  }

  router.post('/questions/:id/promote', async (request, response) => {
    const caller = requireCaller(request, response);
    const community = await communityFor(request, caller, 'community.read');
    const id = questionId(request);
    const kind = (request.body as { kind?: unknown } | undefined)?.kind;
    // Permission for what the caller asks to make, before validating the rest of the request.
    if (kind === 'page') await communityFor(request, caller, 'document.create');
    if (kind === 'glossary') await communityFor(request, caller, 'glossary.write');
    const body = parse(promoteQuestionRequestSchema, request.body);
    const question = await questions.promote(caller, community.slug, id, body);
    response.status(201).json(await view(caller, community, question));
  });

  return router;
}
