import {
  COMMENT_LIMITS,
  REACTIONS,
  type Reaction,
  type createThreadRequestSchema,
} from '@kring/shared';
import type { z } from 'zod';
import type { Caller } from '../auth/Caller.js';
import { can } from '../auth/permissions.js';
import type { DocumentDirectory } from '../documents/DocumentDirectory.js';
import { documentResource } from '../documents/DocumentDirectory.js';
import { DomainError, forbidden, notFound } from '../domainError.js';
import type { MetaDatabase } from '../storage/meta/MetaDatabase.js';
import type {
  CommentRecord,
  CommentThreadRecord,
  DocumentRecord,
} from '../storage/meta/records.js';
import { TABLES } from '../storage/meta/tables.js';

/** A validated `POST /api/documents/:id/comments` body. */
export type NewThread = Omit<z.output<typeof createThreadRequestSchema>, 'mentions'> & {
  /** Members the first comment mentions (none when absent). */
  readonly mentions?: readonly string[];
};

/** A new comment, for notifications: a thread started (`started`) or a reply. */
export interface CommentEvent {
  readonly caller: Caller;
  readonly document: DocumentRecord;
  readonly thread: CommentThreadRecord;
  readonly comment: CommentRecord;
  /** Members the comment mentions (validated ids, deduplicated; not yet checked). */
  readonly mentions: readonly string[];
  readonly started: boolean;
}

/** What a change left of a thread: the thread, or `null` once its last comment was deleted. */
export type ThreadChange = CommentThreadRecord | null;

const conflict = (message: string) => new DomainError(409, 'conflict', message);

/** May `caller` delete `comment` on `document`: its author, or a manager of the page (moderation). */
export function mayDeleteComment(
  caller: Caller,
  document: DocumentRecord,
  comment: CommentRecord,
): boolean {
  if (isAuthor(caller, comment)) return true;
  return can(caller.actor, 'document.manage', documentResource(document));
}

/** Did `caller` write `comment`. */
export function isAuthor(caller: Caller, comment: CommentRecord): boolean {
  return comment.authorId !== null && comment.authorId === caller.userId;
}

/**
 * Comment threads on pages, kept beside the page (never in its Y.Doc): everyone who may read a
 * page reads its threads; owners, editors and commenters start threads, reply, react and resolve;
 * only authors edit their comments; authors and the page's managers delete them. A thread whose
 * every comment is deleted is removed. Each change tells {@link onChanged} listeners which page
 * changed (the server relays it to the page's open connections). Bodies are never logged.
 */
export class CommentThreads {
  private readonly listeners = new Set<(documentId: string) => void>();
  private readonly commentListeners = new Set<(event: CommentEvent) => Promise<void>>();
  private sequence = 0;
  private lastMillis = 0;
  /** Writes so far; {@link change} compares it to know whether anything changed. */
  private writes = 0;

  constructor(
    private readonly db: MetaDatabase,
    private readonly documents: DocumentDirectory,
    private readonly now: () => number = Date.now,
  ) {}

  /** Calls `listener` with the page's id after every change of its threads; returns the unsubscribe. */
  onChanged(listener: (documentId: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Calls (and awaits) `listener` after every new thread and reply, once it is stored (the
   * notifications); its failure does not undo the comment. Returns the unsubscribe.
   */
  onCommented(listener: (event: CommentEvent) => Promise<void>): () => void {
    this.commentListeners.add(listener);
    return () => this.commentListeners.delete(listener);
  }

  /** The page (for the caller's permissions) and its threads, oldest first. @throws 404 */
  async list(
    caller: Caller,
    documentId: string,
  ): Promise<{ document: DocumentRecord; threads: CommentThreadRecord[] }> {
    const document = await this.documents.require(caller, documentId, 'document.read');
    return { document, threads: await this.threadsOf(document.id) };
  }

  /** Starts a thread. @throws {DomainError} 404 outside, 403 for readers, 409 at the limit. */
  async create(caller: Caller, documentId: string, input: NewThread): Promise<CommentThreadRecord> {
    const document = await this.documents.require(caller, documentId, 'document.comment');
    const created = await this.change(document.id, async () => {
      const threads = await this.db.keys(TABLES.comments, `${document.id}!`);
      if (threads.length >= COMMENT_LIMITS.threadsPerDocument) {
        throw conflict(`A page keeps at most ${COMMENT_LIMITS.threadsPerDocument} threads.`);
      }
      const at = this.timestamp();
      const thread: CommentThreadRecord = {
        id: this.orderedId(),
        documentId: document.id,
        anchor: input.anchor,
        quote: input.quote,
        createdAt: at,
        createdBy: caller.userId,
        resolvedAt: null,
        resolvedBy: null,
        comments: [this.newComment(caller, input.body, at)],
      };
      await this.put(thread);
      return thread;
    });
    await this.tellCommented({
      caller,
      document,
      thread: created,
      comment: created.comments[0]!,
      mentions: input.mentions ?? [],
      started: true,
    });
    return created;
  }

  /** Adds a reply (resolved threads stay resolved). @throws {DomainError} 404, 403, 409 at the limit. */
  async reply(
    caller: Caller,
    documentId: string,
    threadId: string,
    body: string,
    mentions: readonly string[] = [],
  ): Promise<CommentThreadRecord> {
    const document = await this.documents.require(caller, documentId, 'document.comment');
    const replied = await this.change(document.id, async () => {
      const thread = await this.requireThread(document.id, threadId);
      if (thread.comments.length >= COMMENT_LIMITS.commentsPerThread) {
        throw conflict(`A thread keeps at most ${COMMENT_LIMITS.commentsPerThread} comments.`);
      }
      const next: CommentThreadRecord = {
        ...thread,
        comments: [...thread.comments, this.newComment(caller, body, this.timestamp())],
      };
      await this.put(next);
      return next;
    });
    await this.tellCommented({
      caller,
      document,
      thread: replied,
      comment: replied.comments[replied.comments.length - 1]!,
      mentions,
      started: false,
    });
    return replied;
  }

  /** Resolves or reopens a thread. @throws {DomainError} 404, 403 for readers. */
  async resolve(
    caller: Caller,
    documentId: string,
    threadId: string,
    resolved: boolean,
  ): Promise<CommentThreadRecord> {
    const document = await this.documents.require(caller, documentId, 'document.comment');
    return this.change(document.id, async () => {
      const thread = await this.requireThread(document.id, threadId);
      if ((thread.resolvedAt !== null) === resolved) return thread;
      const next: CommentThreadRecord = resolved
        ? { ...thread, resolvedAt: this.timestamp(), resolvedBy: caller.userId }
        : { ...thread, resolvedAt: null, resolvedBy: null };
      await this.put(next);
      return next;
    });
  }

  /** Changes one's own comment. @throws {DomainError} 404, 403 for others' comments, 409 deleted. */
  async edit(
    caller: Caller,
    documentId: string,
    threadId: string,
    commentId: string,
    body: string,
  ): Promise<CommentThreadRecord> {
    const document = await this.documents.require(caller, documentId, 'document.comment');
    return this.change(document.id, async () => {
      const thread = await this.requireThread(document.id, threadId);
      const comment = requireComment(thread, commentId);
      if (!isAuthor(caller, comment)) throw forbidden('Only its author changes a comment.');
      if (comment.deletedAt !== null) throw conflict('A deleted comment cannot be changed.');
      if (comment.body === body) return thread;
      const next = withComment(thread, { ...comment, body, editedAt: this.timestamp() });
      await this.put(next);
      return next;
    });
  }

  /**
   * Deletes a comment (its author, or a manager of the page): it keeps its place, without body or
   * reactions. Returns `null` when that was the thread's last comment and the thread is gone.
   * @throws {DomainError} 404, 403 for others' comments.
   */
  async deleteComment(
    caller: Caller,
    documentId: string,
    threadId: string,
    commentId: string,
  ): Promise<ThreadChange> {
    const document = await this.documents.require(caller, documentId, 'document.read');
    return this.change(document.id, async () => {
      const thread = await this.requireThread(document.id, threadId);
      const comment = requireComment(thread, commentId);
      if (!mayDeleteComment(caller, document, comment)) {
        throw forbidden('Only its author and the page’s owners delete a comment.');
      }
      const next = withComment(thread, {
        ...comment,
        body: '',
        reactions: [],
        deletedAt: comment.deletedAt ?? this.timestamp(),
      });
      if (next.comments.every((each) => each.deletedAt !== null)) {
        await this.remove(thread);
        return null;
      }
      await this.put(next);
      return next;
    });
  }

  /**
   * Adds (`on`) or takes back the caller's `reaction` to a comment; doing it twice changes nothing.
   * @throws {DomainError} 404, 403 for readers, 409 on a deleted comment or at the limit.
   */
  async react(
    caller: Caller,
    documentId: string,
    threadId: string,
    commentId: string,
    reaction: Reaction,
    on: boolean,
  ): Promise<CommentThreadRecord> {
    const document = await this.documents.require(caller, documentId, 'document.comment');
    const userId = caller.userId ?? caller.actor.id;
    return this.change(document.id, async () => {
      const thread = await this.requireThread(document.id, threadId);
      const comment = requireComment(thread, commentId);
      const current = comment.reactions.find((each) => each.reaction === reaction)?.userIds ?? [];
      if (current.includes(userId) === on) return thread;
      if (on && comment.deletedAt !== null) {
        throw conflict('Nobody reacts to a deleted comment.');
      }
      const total = comment.reactions.reduce((sum, each) => sum + each.userIds.length, 0);
      if (on && total >= COMMENT_LIMITS.reactionsPerComment) {
        throw conflict(`A comment keeps at most ${COMMENT_LIMITS.reactionsPerComment} reactions.`);
      }
      const userIds = on ? [...current, userId] : current.filter((id) => id !== userId);
      const reactions = REACTIONS.flatMap((each) => {
        const ids =
          each === reaction
            ? userIds
            : (comment.reactions.find((found) => found.reaction === each)?.userIds ?? []);
        return ids.length === 0 ? [] : [{ reaction: each, userIds: ids }];
      });
      const next = withComment(thread, { ...comment, reactions });
      await this.put(next);
      return next;
    });
  }

  /** Forgets every thread of a purged page (a {@link DocumentLifecycle} purge step). */
  async purge(documentId: string): Promise<void> {
    const keys = await this.db.keys(TABLES.comments, `${documentId}!`);
    if (keys.length === 0) return;
    await this.db.write(keys.map((key) => ({ type: 'del' as const, table: TABLES.comments, key })));
  }

  private async tellCommented(event: CommentEvent): Promise<void> {
    for (const listener of this.commentListeners) {
      try {
        await listener(event);
      } catch {
        // Notifying is best effort: the comment is stored either way (the listener logs).
      }
    }
  }

  private async threadsOf(documentId: string): Promise<CommentThreadRecord[]> {
    const threads = await this.db.list<CommentThreadRecord>(TABLES.comments, `${documentId}!`);
    // Keys are time-ordered; sorting by time as well keeps the order if a clock ever went back.
    return threads.sort(
      (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
    );
  }

  private async requireThread(documentId: string, threadId: string) {
    const thread = await this.db.get<CommentThreadRecord>(
      TABLES.comments,
      `${documentId}!${threadId}`,
    );
    if (thread === undefined) throw notFound('The comment thread');
    return thread;
  }

  /** Runs a read-modify-write exclusively, then tells the listeners when it wrote something. */
  private async change<R extends ThreadChange>(
    documentId: string,
    work: () => Promise<R>,
  ): Promise<R> {
    let wrote = false;
    const result = await this.db.exclusive(async () => {
      const before = this.writes;
      const value = await work();
      wrote = this.writes !== before;
      return value;
    });
    if (wrote) {
      for (const listener of this.listeners) {
        try {
          listener(documentId);
        } catch {
          // A listener's failure (a closed connection) does not undo the change.
        }
      }
    }
    return result;
  }

  private async put(thread: CommentThreadRecord): Promise<void> {
    await this.db.write([
      { type: 'put', table: TABLES.comments, key: keyOf(thread), value: thread },
    ]);
    this.writes += 1;
  }

  private async remove(thread: CommentThreadRecord): Promise<void> {
    await this.db.write([{ type: 'del', table: TABLES.comments, key: keyOf(thread) }]);
    this.writes += 1;
  }

  private newComment(caller: Caller, body: string, at: string): CommentRecord {
    return {
      id: this.orderedId(),
      authorId: caller.userId,
      body,
      createdAt: at,
      editedAt: null,
      deletedAt: null,
      reactions: [],
    };
  }

  private timestamp(): string {
    return new Date(this.now()).toISOString();
  }

  /** An id that sorts by creation time (then by a per-process sequence), with a random tail. */
  private orderedId(): string {
    const millis = Math.max(this.now(), this.lastMillis);
    if (millis !== this.lastMillis) this.sequence = 0;
    this.lastMillis = millis;
    this.sequence += 1;
    const random = Math.random().toString(36).slice(2, 8).padEnd(6, '0');
    return `${millis.toString(36).padStart(9, '0')}${this.sequence.toString(36).padStart(4, '0')}${random}`;
  }
}

function keyOf(thread: CommentThreadRecord): string {
  return `${thread.documentId}!${thread.id}`;
}

function requireComment(thread: CommentThreadRecord, commentId: string): CommentRecord {
  const comment = thread.comments.find((each) => each.id === commentId);
  if (comment === undefined) throw notFound('The comment');
  return comment;
}

function withComment(thread: CommentThreadRecord, comment: CommentRecord): CommentThreadRecord {
  return {
    ...thread,
    comments: thread.comments.map((each) => (each.id === comment.id ? comment : each)),
  };
}
