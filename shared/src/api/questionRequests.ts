import { z } from 'zod';
import { MAX_TITLE_LENGTH } from '../limits.js';
import { stripBidiControls } from '../text.js';
import { GLOSSARY_LIMITS } from './glossary.js';
import { QUESTION_LIMITS, QUESTION_STATES } from './questions.js';

function plain(max: number, min = 1) {
  return z.string().transform(stripBidiControls).pipe(z.string().trim().min(min).max(max));
}

/** `POST /api/communities/:slug/questions`. */
export const askQuestionRequestSchema = z.object({
  title: plain(QUESTION_LIMITS.title),
  body: plain(QUESTION_LIMITS.body, 0).default(''),
});

/** `PATCH /api/communities/:slug/questions/:id`: change the text, or close, reopen. */
export const updateQuestionRequestSchema = z.object({
  title: plain(QUESTION_LIMITS.title).optional(),
  body: plain(QUESTION_LIMITS.body, 0).optional(),
  state: z.enum(QUESTION_STATES).optional(),
});

/** `POST …/questions/:id/answers` and `PATCH …/answers/:answerId`. */
export const answerRequestSchema = z.object({ body: plain(QUESTION_LIMITS.answer) });

/** `GET /api/communities/:slug/questions` query. */
export const questionListQuerySchema = z.object({
  q: z.string().trim().max(200).default(''),
  state: z.enum(QUESTION_STATES).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

/**
 * `POST …/questions/:id/promote`: the question (with its accepted answer) becomes a glossary entry
 * (`term`, `definition`) or a new page (`title`), which links back to the question.
 */
export const promoteQuestionRequestSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('glossary'),
    term: plain(GLOSSARY_LIMITS.term),
    definition: plain(GLOSSARY_LIMITS.definition),
  }),
  z.object({ kind: z.literal('page'), title: plain(MAX_TITLE_LENGTH) }),
]);

export type AskQuestionRequest = z.input<typeof askQuestionRequestSchema>;
export type UpdateQuestionRequest = z.input<typeof updateQuestionRequestSchema>;
export type AnswerRequest = z.input<typeof answerRequestSchema>;
export type QuestionListQuery = z.input<typeof questionListQuerySchema>;
export type PromoteQuestionRequest = z.input<typeof promoteQuestionRequestSchema>;
