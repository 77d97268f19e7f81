import type {
  askQuestionRequestSchema,
  promoteQuestionRequestSchema,
  questionListQuerySchema,
  updateQuestionRequestSchema,
} from '@kring/shared';
import type { z } from 'zod';
import type { AuditLog } from '../audit/AuditLog.js';
import type { Caller } from '../auth/Caller.js';
import type { CommunityService } from '../communities/CommunityService.js';
import type { DocumentTransfer } from '../documents/DocumentTransfer.js';
import type { Glossary } from '../glossary/Glossary.js';
import type { MetaDatabase } from '../storage/meta/MetaDatabase.js';
import type { AnswerRecord, CommunityRecord, QuestionRecord } from '../storage/meta/records.js';

/** A new answer to a community question, once stored. */
export interface AnswerEvent {
  readonly caller: Caller;
  readonly community: CommunityRecord;
  readonly question: QuestionRecord;
  readonly answer: AnswerRecord;
}

/** A validated `POST /api/communities/:slug/questions` body. */
export type NewQuestion = z.output<typeof askQuestionRequestSchema>;
/** A validated `PATCH /api/communities/:slug/questions/:id` body. */
export type QuestionChange = z.output<typeof updateQuestionRequestSchema>;
/** A validated `GET /api/communities/:slug/questions` query. */
export type QuestionQuery = z.output<typeof questionListQuerySchema>;
/** A validated `POST …/questions/:id/promote` body. */
export type Promotion = z.output<typeof promoteQuestionRequestSchema>;

/** How many questions and answers a community keeps (tests make them small). */
export interface QuestionLimits {
  readonly questionsPerCommunity: number;
  readonly answersPerQuestion: number;
}

/** What {@link Questions} needs besides the database. */
export interface QuestionDependencies {
  readonly db: MetaDatabase;
  readonly communities: CommunityService;
  readonly audit: AuditLog;
  /** Makes glossary entries from questions. */
  readonly glossary: Glossary;
  /** Makes pages from questions (through the Markdown import). */
  readonly pages: Pick<DocumentTransfer, 'import'>;
  readonly now?: () => number;
  readonly limits?: QuestionLimits;
  /** Told (and awaited) after each new answer, once stored (notifications); failures ignored. */
  readonly onAnswered?: (event: AnswerEvent) => Promise<void>;
}
