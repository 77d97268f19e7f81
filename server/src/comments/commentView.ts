import type { CommentThreadView, CommentView } from '@kring/shared';
import type { Caller } from '../auth/Caller.js';
import { userSummary, type UserLookup } from '../http/views.js';
import type { CommentRecord, CommentThreadRecord } from '../storage/meta/records.js';
import { isAuthor } from './CommentThreads.js';

/** A comment as `caller` sees it; a deleted one without body or reactions. */
async function commentView(
  caller: Caller,
  comment: CommentRecord,
  users: UserLookup,
): Promise<CommentView> {
  const author = await users(comment.authorId);
  const deleted = comment.deletedAt !== null;
  return {
    id: comment.id,
    author: author === null ? null : userSummary(author),
    body: deleted ? '' : comment.body,
    createdAt: comment.createdAt,
    editedAt: comment.editedAt,
    deleted,
    reactions: deleted
      ? []
      : comment.reactions
          .filter((each) => each.userIds.length > 0)
          .map((each) => ({ reaction: each.reaction, userIds: [...each.userIds] })),
    mine: isAuthor(caller, comment),
  };
}

/** A thread as `caller` sees it: people by name, which comments are theirs. */
export async function commentThreadView(
  caller: Caller,
  thread: CommentThreadRecord,
  users: UserLookup,
): Promise<CommentThreadView> {
  const resolvedBy = await users(thread.resolvedBy);
  return {
    id: thread.id,
    documentId: thread.documentId,
    anchor: thread.anchor === null ? null : { start: thread.anchor.start, end: thread.anchor.end },
    quote: thread.quote,
    createdAt: thread.createdAt,
    resolvedAt: thread.resolvedAt,
    resolvedBy: thread.resolvedAt === null || resolvedBy === null ? null : userSummary(resolvedBy),
    comments: await Promise.all(thread.comments.map((each) => commentView(caller, each, users))),
  };
}
