import type { Caller } from '../auth/Caller.js';
import { can } from '../auth/permissions.js';
import type { QuestionRecord } from '../storage/meta/records.js';

const communityOf = (id: string) => ({ type: 'community', id }) as const;

/** Is `caller` an owner of the community (or an admin). */
export function isOwner(caller: Caller, communityId: string): boolean {
  return can(caller.actor, 'community.update', communityOf(communityId));
}

/** May `caller` ask and answer in the community (owners, editors, commenters). */
export function takesPart(caller: Caller, communityId: string): boolean {
  return can(caller.actor, 'discussion.write', communityOf(communityId));
}

/** Did `caller` write it (a question or an answer). */
export function wrote(caller: Caller, record: { readonly authorId: string | null }): boolean {
  return record.authorId !== null && record.authorId === caller.userId;
}

/** May `caller` close, reopen, accept answers of and delete `question`: its asker, owners. */
export function mayManageQuestion(caller: Caller, question: QuestionRecord): boolean {
  if (isOwner(caller, question.communityId)) return true;
  return wrote(caller, question) && takesPart(caller, question.communityId);
}
