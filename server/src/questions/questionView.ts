import type { PromotionView, QuestionSummaryView, QuestionView } from '@kring/shared';
import type { Caller } from '../auth/Caller.js';
import { userSummary, type UserLookup } from '../http/views.js';
import type { CommunityRecord, QuestionRecord } from '../storage/meta/records.js';
import { mayManageQuestion, wrote } from './questionPermissions.js';

async function authorOf(users: UserLookup, id: string | null) {
  const user = await users(id);
  return user === null ? null : userSummary(user);
}

/** A question as `caller` sees it: with its answers, promotions and what the caller may do. */
export async function questionView(
  caller: Caller,
  community: Pick<CommunityRecord, 'slug'>,
  question: QuestionRecord,
  users: UserLookup,
): Promise<QuestionView> {
  return {
    id: question.id,
    communitySlug: community.slug,
    title: question.title,
    body: question.body,
    author: await authorOf(users, question.authorId),
    state: question.state,
    createdAt: question.createdAt,
    updatedAt: question.updatedAt,
    answers: await Promise.all(
      question.answers.map(async (answer) => ({
        id: answer.id,
        author: await authorOf(users, answer.authorId),
        body: answer.body,
        createdAt: answer.createdAt,
        editedAt: answer.editedAt,
        accepted: answer.accepted,
        mine: wrote(caller, answer),
      })),
    ),
    promotions: question.promotions.map((promotion): PromotionView =>
      promotion.kind === 'glossary'
        ? { kind: 'glossary', entryId: promotion.entryId }
        : { kind: 'page', documentId: promotion.documentId },
    ),
    canManage: mayManageQuestion(caller, question),
  };
}

/** A question in a list: without its text and answers. */
export async function questionSummaryView(
  question: QuestionRecord,
  users: UserLookup,
): Promise<QuestionSummaryView> {
  return {
    id: question.id,
    title: question.title,
    author: await authorOf(users, question.authorId),
    state: question.state,
    answerCount: question.answers.length,
    createdAt: question.createdAt,
    updatedAt: question.updatedAt,
  };
}
