import type { UserSummary } from './views.js';

/** Longest question title and text, and answer; most questions a community keeps. */
export const QUESTION_LIMITS = {
  title: 200,
  body: 10_000,
  answer: 10_000,
  answersPerQuestion: 500,
  questionsPerCommunity: 5000,
} as const;

/** Where a question stands: open, answered (an answer was accepted) or closed by its asker or an owner. */
export const QUESTION_STATES = ['open', 'answered', 'closed'] as const;

/** One question state. */
export type QuestionState = (typeof QUESTION_STATES)[number];

/** One answer to a community question. */
export interface AnswerView {
  readonly id: string;
  readonly author: UserSummary | null;
  readonly body: string;
  readonly createdAt: string;
  readonly editedAt: string | null;
  /** The asker (or an owner) marked it as the answer. */
  readonly accepted: boolean;
  /** The caller wrote it (and may change it). */
  readonly mine: boolean;
}

/** What a question was promoted to, with a link back to it from there. */
export type PromotionView =
  | { readonly kind: 'glossary'; readonly entryId: string }
  | { readonly kind: 'page'; readonly documentId: string };

/** A question in a community's discussion space, not tied to a page ("Has anyone procured …?"). */
export interface QuestionView {
  readonly id: string;
  readonly communitySlug: string;
  readonly title: string;
  readonly body: string;
  readonly author: UserSummary | null;
  readonly state: QuestionState;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly answers: readonly AnswerView[];
  /** Glossary entries and pages made from it. */
  readonly promotions: readonly PromotionView[];
  /** The caller may change its title and text, close and reopen it (asker, owners). */
  readonly canManage: boolean;
}

/** One question in a list: without its answers' text. */
export interface QuestionSummaryView {
  readonly id: string;
  readonly title: string;
  readonly author: UserSummary | null;
  readonly state: QuestionState;
  readonly answerCount: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** `GET /api/communities/:slug/questions?q=&state=`: newest activity first. */
export interface QuestionListView {
  readonly total: number;
  readonly questions: readonly QuestionSummaryView[];
  /** The caller may ask and answer (owners, editors, commenters). */
  readonly canAsk: boolean;
}
