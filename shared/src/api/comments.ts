import type { UserSummary } from './views.js';

/** Longest comment and quote; most threads per page, comments per thread, reactions per comment. */
export const COMMENT_LIMITS = {
  body: 5000,
  quote: 500,
  /** An encoded Yjs relative position (base64). */
  anchor: 400,
  threadsPerDocument: 1000,
  commentsPerThread: 200,
  reactionsPerComment: 20,
} as const;

/** Reactions people can give a comment. */
export const REACTIONS = ['👍', '❤️', '🎉', '😄', '🤔', '👀'] as const;

/** One reaction. */
export type Reaction = (typeof REACTIONS)[number];

/**
 * Where a thread is anchored in the page: two Yjs relative positions (`Y.encodeRelativePosition`,
 * base64) in the document's `default` XML fragment, so the range survives concurrent edits.
 */
export interface CommentAnchor {
  readonly start: string;
  readonly end: string;
}

/** One comment of a thread. */
export interface CommentView {
  readonly id: string;
  /** Null once the account is gone. */
  readonly author: UserSummary | null;
  /** Empty once deleted (the thread keeps its place: "comment deleted"). */
  readonly body: string;
  readonly createdAt: string;
  readonly editedAt: string | null;
  readonly deleted: boolean;
  /** Who reacted how, by reaction. */
  readonly reactions: readonly {
    readonly reaction: Reaction;
    readonly userIds: readonly string[];
  }[];
  /** The caller wrote it (and may change or delete it). */
  readonly mine: boolean;
}

/** A comment thread on a page (`GET /api/documents/:id/comments`). */
export interface CommentThreadView {
  readonly id: string;
  readonly documentId: string;
  /** Null for a thread on the page as a whole. */
  readonly anchor: CommentAnchor | null;
  /** The text the thread was started on, as it was then. */
  readonly quote: string;
  readonly createdAt: string;
  readonly resolvedAt: string | null;
  readonly resolvedBy: UserSummary | null;
  readonly comments: readonly CommentView[];
}

/** `GET /api/documents/:id/comments`: oldest first, and what the caller may do. */
export interface CommentThreadsView {
  readonly threads: readonly CommentThreadView[];
  /** The caller may start threads, reply, react and resolve (owners, editors, commenters). */
  readonly canComment: boolean;
}
