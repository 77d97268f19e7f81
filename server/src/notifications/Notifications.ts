import { type EmailMode, type NotificationKind, type markReadRequestSchema } from '@kring/shared';
import type { z } from 'zod';
import type { UserDirectory } from '../accounts/UserDirectory.js';
import type { Caller } from '../auth/Caller.js';
import type { CommentEvent } from '../comments/CommentThreads.js';
import { can, type Actor } from '../auth/permissions.js';
import type { CommunityService } from '../communities/CommunityService.js';
import { documentResource, type DocumentDirectory } from '../documents/DocumentDirectory.js';
import type { MailItem } from '../mail/mailTexts.js';
import { notificationMail } from '../mail/mailTexts.js';
import { NotificationMail } from '../mail/NotificationMail.js';
import type { Mailer } from '../mail/Mailer.js';
import type { MetaDatabase, MetaOperation } from '../storage/meta/MetaDatabase.js';
import type {
  DocumentRecord,
  NotificationRecord,
  NotificationSettingsRecord,
  UserRecord,
} from '../storage/meta/records.js';
import { TABLES } from '../storage/meta/tables.js';
import { notificationLink } from './notificationLink.js';
import { orderedIds } from './orderedIds.js';
import type { AnswerEvent } from '../questions/questionTypes.js';
import { addRecipient, excerptOf } from './recipients.js';
import { visibleNotifications } from './visibleNotifications.js';
import { Watches } from './Watches.js';

/** Most notifications kept per person; the oldest go first. */
export const NOTIFICATIONS_PER_USER = 500;
/** The email mode of someone who never chose one. */
export const DEFAULT_EMAIL_MODE: EmailMode = 'digest';
/** A page's edits are looked at for `page_changed` at most this often. */
const PAGE_CHANGED_THROTTLE_MS = 60_000;

/** A validated `POST /api/me/notifications/read` body. */
export type MarkRead = z.output<typeof markReadRequestSchema>;

/** What {@link Notifications} needs. */
export interface NotificationDependencies {
  readonly db: MetaDatabase;
  readonly users: UserDirectory;
  readonly communities: CommunityService;
  readonly documents: DocumentDirectory;
  /** The account's current roles (re-read: a notification follows today's permissions). */
  readonly actorFor: (user: UserRecord) => Promise<Actor>;
  readonly mailer: Mailer;
  /** The origin for links in mails. */
  readonly publicUrl: () => string;
  readonly now: () => number;
  /** Something went wrong outside a request (a trigger, a send); never with addresses or text. */
  readonly onError: (what: string, error: unknown) => void;
}

/** What a notification is about, besides its kind and recipient. */
type Subject = Pick<
  NotificationRecord,
  'communityId' | 'documentId' | 'threadId' | 'questionId' | 'title' | 'excerpt'
>;

/**
 * In-app notifications, watches and email settings. Triggers (comments, answers, page mentions,
 * new and changed pages) never notify the actor themself and give each recipient at most one
 * notification per event, only when the recipient may read what it is about. A person keeps at
 * most {@link NOTIFICATIONS_PER_USER}; listing shows only those they may still open. Mail goes
 * through {@link NotificationMail}. Excerpts and addresses are never logged.
 */
export class Notifications {
  readonly mail: NotificationMail;
  readonly watches: Watches;
  private readonly nextId: () => string;
  private readonly deps: NotificationDependencies;
  /** When each page's edits were last looked at (throttles `page_changed`). */
  private readonly pageChangedAt = new Map<string, number>();
  private pending: Promise<void> = Promise.resolve();

  constructor(deps: NotificationDependencies) {
    this.deps = deps;
    this.nextId = orderedIds(deps.now);
    this.watches = new Watches(deps.db);
    this.mail = new NotificationMail({
      db: deps.db,
      mailer: deps.mailer,
      modeOf: (userId) => this.emailMode(userId),
      render: (userId, ids, kind) => this.renderMail(userId, ids, kind),
      now: deps.now,
      onFailure: (what, error) => deps.onError(`sending a ${what}`, error),
    });
  }

  // ---- reading -------------------------------------------------------------------------------

  /**
   * The person's notifications they may still open, newest first (at most `limit`), and how many
   * of those are unread.
   */
  async list(
    user: UserRecord,
    actor: Actor,
    limit: number,
  ): Promise<{ unread: number; notifications: { record: NotificationRecord; slug: string }[] }> {
    const all = await this.deps.db.list<NotificationRecord>(TABLES.notifications, `${user.id}!`);
    const visible = await visibleNotifications(this.deps, actor, all.reverse());
    return {
      unread: visible.filter((each) => each.record.readAt === null).length,
      notifications: visible.slice(0, limit),
    };
  }

  /** Marks the given notifications (unknown ids are ignored) or all of them read. */
  async markRead(userId: string, request: MarkRead): Promise<void> {
    const { db } = this.deps;
    await db.exclusive(async () => {
      const at = new Date(this.deps.now()).toISOString();
      let records: NotificationRecord[];
      if ('all' in request) {
        records = await db.list<NotificationRecord>(TABLES.notifications, `${userId}!`);
      } else {
        const found = await Promise.all(
          [...new Set(request.ids)].map((id) =>
            db.get<NotificationRecord>(TABLES.notifications, `${userId}!${id}`),
          ),
        );
        records = found.filter((each) => each !== undefined);
      }
      const operations: MetaOperation[] = records
        .filter((each) => each.readAt === null)
        .map((each) => ({
          type: 'put',
          table: TABLES.notifications,
          key: `${userId}!${each.id}`,
          value: { ...each, readAt: at },
        }));
      if (operations.length > 0) await db.write(operations);
    });
  }

  /** The person's email mode (digest unless they chose otherwise). */
  async emailMode(userId: string): Promise<EmailMode> {
    const found = await this.deps.db.get<NotificationSettingsRecord>(
      TABLES.notificationSettings,
      userId,
    );
    return found?.email ?? DEFAULT_EMAIL_MODE;
  }

  async setEmailMode(userId: string, email: EmailMode): Promise<void> {
    const value: NotificationSettingsRecord = { email };
    await this.deps.db.write([
      { type: 'put', table: TABLES.notificationSettings, key: userId, value },
    ]);
  }

  // ---- triggers ------------------------------------------------------------------------------

  /**
   * A comment was written: `mention` to those it mentions; a reply also `reply` to everyone who
   * wrote in the thread; a new thread without mentions `comment` to the page's watchers.
   */
  async commented(event: CommentEvent): Promise<void> {
    const { document, thread, comment } = event;
    const recipients = new Map<string, NotificationKind>();
    for (const id of event.mentions) addRecipient(recipients, id, 'mention');
    if (event.started) {
      if (event.mentions.length === 0) {
        for (const id of await this.watches.watchers({ type: 'document', id: document.id })) {
          addRecipient(recipients, id, 'comment');
        }
      }
    } else {
      const participants = [thread.createdBy, ...thread.comments.map((each) => each.authorId)];
      for (const id of participants) if (id !== null) addRecipient(recipients, id, 'reply');
    }
    await this.notify(event.caller, recipients, {
      communityId: document.communityId,
      documentId: document.id,
      threadId: thread.id,
      questionId: null,
      title: document.title,
      excerpt: excerptOf(comment.body),
    });
  }

  /** Someone answered a community question: `answer` to the asker. */
  async answered(event: AnswerEvent): Promise<void> {
    const { question } = event;
    const recipients = new Map<string, NotificationKind>();
    if (question.authorId !== null) addRecipient(recipients, question.authorId, 'answer');
    await this.notify(event.caller, recipients, {
      communityId: event.community.id,
      documentId: null,
      threadId: null,
      questionId: question.id,
      title: question.title,
      excerpt: excerptOf(event.answer.body),
    });
  }

  /** The caller mentioned these people on a page (they write it): `mention` to each reader. */
  async pageMentioned(
    caller: Caller,
    document: DocumentRecord,
    userIds: readonly string[],
  ): Promise<void> {
    const recipients = new Map<string, NotificationKind>();
    for (const id of userIds) addRecipient(recipients, id, 'mention');
    await this.notify(caller, recipients, {
      communityId: document.communityId,
      documentId: document.id,
      threadId: null,
      questionId: null,
      title: document.title,
      excerpt: '',
    });
  }

  /** A page was created: `page_created` to the community's watchers. */
  async pageCreated(caller: Caller, document: DocumentRecord): Promise<void> {
    const recipients = new Map<string, NotificationKind>();
    const watchers = await this.watches.watchers({ type: 'community', id: document.communityId });
    for (const id of watchers) addRecipient(recipients, id, 'page_created');
    await this.notify(caller, recipients, {
      communityId: document.communityId,
      documentId: document.id,
      threadId: null,
      questionId: null,
      title: document.title,
      excerpt: '',
    });
  }

  /**
   * Someone edited a page's content (called on every recorded contribution: cheap). At most once
   * a minute per page, its watchers get `page_changed`, unless they still have an unread one.
   */
  pageEdited(documentId: string, userId: string): void {
    const now = this.deps.now();
    const last = this.pageChangedAt.get(documentId);
    if (last !== undefined && now - last < PAGE_CHANGED_THROTTLE_MS) return;
    if (this.pageChangedAt.size > 10_000) {
      for (const [id, at] of this.pageChangedAt) {
        if (now - at >= PAGE_CHANGED_THROTTLE_MS) this.pageChangedAt.delete(id);
      }
    }
    this.pageChangedAt.set(documentId, now);
    this.pending = this.pending
      .then(() => this.pageChanged(documentId, userId))
      .catch((error: unknown) => this.deps.onError('notifying a page change', error));
  }

  /** Resolves once the background triggers (page changes) are done (tests, shutdown). */
  async whenIdle(): Promise<void> {
    await this.pending;
  }

  private async pageChanged(documentId: string, userId: string): Promise<void> {
    const watchers = await this.watches.watchers({ type: 'document', id: documentId });
    if (watchers.every((id) => id === userId)) return;
    const [document, editor] = await Promise.all([
      this.deps.documents.byId(documentId),
      this.deps.users.byId(userId),
    ]);
    if (document === undefined || editor === undefined) return;
    const recipients = new Map<string, NotificationKind>();
    for (const id of watchers) {
      const all = await this.deps.db.list<NotificationRecord>(TABLES.notifications, `${id}!`);
      const unread = all.some(
        (each) =>
          each.kind === 'page_changed' && each.documentId === documentId && each.readAt === null,
      );
      if (!unread) addRecipient(recipients, id, 'page_changed');
    }
    const caller: Caller = { actor: await this.deps.actorFor(editor), userId, ip: null };
    await this.notify(caller, recipients, {
      communityId: document.communityId,
      documentId,
      threadId: null,
      questionId: null,
      title: document.title,
      excerpt: '',
    });
  }

  /**
   * Stores one notification per recipient who may read the subject (never the actor), keeps each
   * person's newest {@link NOTIFICATIONS_PER_USER}, and hands each to the mail. A mention reaches
   * only members of the community; others are skipped without a word.
   */
  private async notify(
    caller: Caller,
    recipients: ReadonlyMap<string, NotificationKind>,
    subject: Subject,
  ): Promise<void> {
    const { db } = this.deps;
    const document =
      subject.documentId === null ? null : await this.deps.documents.byId(subject.documentId);
    for (const [userId, kind] of recipients) {
      if (userId === caller.userId) continue;
      const user = await this.deps.users.byId(userId);
      if (user === undefined) continue;
      const actor = await this.deps.actorFor(user);
      if (kind === 'mention' && !actor.roles.has(subject.communityId)) continue;
      const readable =
        document === null
          ? can(actor, 'community.read', { type: 'community', id: subject.communityId })
          : document !== undefined && can(actor, 'document.read', documentResource(document));
      if (!readable) continue;
      const record: NotificationRecord = {
        id: this.nextId(),
        userId,
        kind,
        actorId: caller.userId,
        ...subject,
        createdAt: new Date(this.deps.now()).toISOString(),
        readAt: null,
      };
      await db.exclusive(async () => {
        const keys = await db.keys(TABLES.notifications, `${userId}!`);
        const excess = keys.length + 1 - NOTIFICATIONS_PER_USER;
        await db.write([
          ...keys
            .slice(0, Math.max(0, excess))
            .map((key) => ({ type: 'del' as const, table: TABLES.notifications, key })),
          {
            type: 'put',
            table: TABLES.notifications,
            key: `${userId}!${record.id}`,
            value: record,
          },
        ]);
      });
      if (this.mail.available) {
        await this.mail.queue(userId, record.id, await this.emailMode(userId));
      }
    }
  }

  // ---- presenting ----------------------------------------------------------------------------

  /** The records `actor` may still open, with their community's slug, in the given order. */
  private async renderMail(
    userId: string,
    notificationIds: readonly string[],
    kind: 'immediate' | 'digest',
  ) {
    const user = await this.deps.users.byId(userId);
    if (user === undefined) return null;
    const found = await Promise.all(
      notificationIds.map((id) =>
        this.deps.db.get<NotificationRecord>(TABLES.notifications, `${userId}!${id}`),
      ),
    );
    const records = found
      .filter((each) => each !== undefined)
      // A digest leaves out what the person already read in the app.
      .filter((each) => kind === 'immediate' || each.readAt === null);
    const visible = await visibleNotifications(this.deps, await this.deps.actorFor(user), records);
    if (visible.length === 0) return null;
    const items: MailItem[] = [];
    for (const { record, slug } of visible) {
      const actor =
        record.actorId === null ? undefined : await this.deps.users.byId(record.actorId);
      items.push({
        kind: record.kind,
        actorName: actor?.name ?? null,
        title: record.title,
        excerpt: record.excerpt,
        link: notificationLink(this.deps.publicUrl(), record, slug),
      });
    }
    const content = notificationMail(items, `${this.deps.publicUrl()}/account`, null);
    return { ...content, to: user.email };
  }
}
