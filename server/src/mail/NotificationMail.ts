import { IMMEDIATE_MAILS_PER_DAY, type EmailMode } from '@kring/shared';
import { orderedIds } from '../notifications/orderedIds.js';
import type { MetaDatabase, MetaOperation } from '../storage/meta/MetaDatabase.js';
import type { MailOutboxRecord, MailQuotaRecord } from '../storage/meta/records.js';
import { TABLES } from '../storage/meta/tables.js';
import type { MailMessage, Mailer } from './Mailer.js';
import type { MailContent } from './mailTexts.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Renders a notification mail for a person, or null when nothing of it is still theirs to see. */
export type RenderNotifications = (
  userId: string,
  notificationIds: readonly string[],
  kind: MailOutboxRecord['kind'],
) => Promise<(MailContent & { readonly to: string }) | null>;

/** What {@link NotificationMail} needs. */
export interface NotificationMailOptions {
  readonly db: MetaDatabase;
  readonly mailer: Mailer;
  /** The person's email mode now (a digest skips those who turned mail off meanwhile). */
  readonly modeOf: (userId: string) => Promise<EmailMode>;
  readonly render: RenderNotifications;
  readonly now: () => number;
  /** A send failed (it is retried on the next tick); `what` names the kind of mail only. */
  readonly onFailure: (what: string, error: unknown) => void;
}

/**
 * Notification mail. Per person, by their email mode: `off` sends nothing; `immediate` sends a
 * mail at once, at most {@link IMMEDIATE_MAILS_PER_DAY} in any 24 hours, and queues the rest for
 * the digest; `digest` queues everything. Every {@link tick} (each `MAIL_DIGEST_MINUTES`) turns
 * each person's queue into ONE mail and sends whatever waits in the outbox. Queue and outbox are
 * in LevelDB: pending mail survives restarts, and a failed send stays in the outbox for the next
 * tick. Mails that carry a secret (password reset, invitations) never go to the database: they
 * are retried from memory on the next ticks and are lost on a restart (one asks again).
 */
export class NotificationMail {
  private readonly nextId: () => string;
  /** The outbox run going on; runs never overlap. */
  private flushing: Promise<void> = Promise.resolve();
  /** Mails with a secret that could not be sent yet (memory only, see above). */
  private secretMails: { what: string; message: MailMessage; attempts: number }[] = [];

  constructor(private readonly options: NotificationMailOptions) {
    this.nextId = orderedIds(options.now);
  }

  /** Whether mail goes anywhere (`SMTP_URL` is set). */
  get available(): boolean {
    return this.options.mailer.available;
  }

  /**
   * A new notification for `userId` in `mode`: mails it at once, or queues it for the digest.
   * Resolves once that is stored (the send itself runs in the background).
   */
  async queue(userId: string, notificationId: string, mode: EmailMode): Promise<void> {
    if (!this.available || mode === 'off') return;
    const { db } = this.options;
    const immediate = await db.exclusive(async () => {
      const digestEntry: MetaOperation = {
        type: 'put',
        table: TABLES.mailDigest,
        key: `${userId}!${notificationId}`,
        value: notificationId,
      };
      if (mode === 'digest') {
        await db.write([digestEntry]);
        return false;
      }
      const now = this.options.now();
      const quota = await db.get<MailQuotaRecord>(TABLES.mailQuota, userId);
      const recent = (quota?.sentAt ?? []).filter((at) => now - Date.parse(at) < DAY_MS);
      if (recent.length >= IMMEDIATE_MAILS_PER_DAY) {
        await db.write([digestEntry]);
        return false;
      }
      const outbox: MailOutboxRecord = {
        id: this.nextId(),
        userId,
        kind: 'immediate',
        notificationIds: [notificationId],
        createdAt: new Date(now).toISOString(),
        attempts: 0,
      };
      const sentAt = [...recent, new Date(now).toISOString()];
      await db.write([
        { type: 'put', table: TABLES.mailQuota, key: userId, value: { sentAt } },
        { type: 'put', table: TABLES.mailOutbox, key: outbox.id, value: outbox },
      ]);
      return true;
    });
    if (immediate) void this.flush();
  }

  /**
   * Sends a mail that carries a secret (a reset or invitation link) now, in the background; when
   * that fails it is retried on the next ticks, from memory only.
   */
  sendSecret(what: string, message: MailMessage): void {
    if (!this.available) return;
    this.secretMails.push({ what, message, attempts: 0 });
    void this.flush();
  }

  /**
   * The digest tick: makes ONE mail of each person's queue, then sends everything that waits
   * (failed sends of earlier ticks too). Never throws; failures wait for the next tick.
   */
  async tick(): Promise<void> {
    if (!this.available) return;
    try {
      await this.collectDigests();
    } catch (error) {
      this.options.onFailure('digest', error);
    }
    await this.flush();
  }

  /** Resolves once no send is going on (tests, shutdown). */
  async whenIdle(): Promise<void> {
    let current: Promise<void>;
    do {
      current = this.flushing;
      await current;
    } while (current !== this.flushing);
  }

  /** Forgets what waits for a person whose account is gone. */
  async forgetUser(userId: string): Promise<void> {
    const { db } = this.options;
    const keys = await db.keys(TABLES.mailDigest, `${userId}!`);
    await db.write([
      ...keys.map((key) => ({ type: 'del' as const, table: TABLES.mailDigest, key })),
      { type: 'del', table: TABLES.mailQuota, key: userId },
    ]);
  }

  private async collectDigests(): Promise<void> {
    const { db } = this.options;
    await db.exclusive(async () => {
      const keys = await db.keys(TABLES.mailDigest);
      const byUser = new Map<string, string[]>();
      for (const key of keys) {
        const split = key.indexOf('!');
        const userId = key.slice(0, split);
        const ids = byUser.get(userId) ?? [];
        ids.push(key.slice(split + 1));
        byUser.set(userId, ids);
      }
      const operations: MetaOperation[] = keys.map((key) => ({
        type: 'del' as const,
        table: TABLES.mailDigest,
        key,
      }));
      for (const [userId, notificationIds] of byUser) {
        if ((await this.options.modeOf(userId)) === 'off') continue;
        const outbox: MailOutboxRecord = {
          id: this.nextId(),
          userId,
          kind: 'digest',
          notificationIds,
          createdAt: new Date(this.options.now()).toISOString(),
          attempts: 0,
        };
        operations.push({ type: 'put', table: TABLES.mailOutbox, key: outbox.id, value: outbox });
      }
      // Queue out and outbox in: one batch, so a crash neither loses nor doubles a digest.
      if (operations.length > 0) await db.write(operations);
    });
  }

  /** Sends what waits, oldest first; stops at the first failure (the server is likely down). */
  private flush(): Promise<void> {
    const run = this.flushing.then(() => this.sendWaiting());
    this.flushing = run.catch(() => undefined);
    return this.flushing;
  }

  private async sendWaiting(): Promise<void> {
    const { db, mailer } = this.options;
    const secrets = this.secretMails;
    this.secretMails = [];
    for (const [index, mail] of secrets.entries()) {
      try {
        await mailer.send(mail.message);
      } catch (error) {
        this.options.onFailure(mail.what, error);
        // Keep it and the ones after it for the next tick (at most a few tries: links expire).
        this.secretMails.push(
          ...secrets
            .slice(index)
            .map((each, at) => (at === 0 ? { ...each, attempts: each.attempts + 1 } : each))
            .filter((each) => each.attempts < 5),
        );
        return;
      }
    }
    const waiting = await db.list<MailOutboxRecord>(TABLES.mailOutbox);
    for (const record of waiting) {
      const content = await this.options.render(record.userId, record.notificationIds, record.kind);
      if (content !== null) {
        try {
          await mailer.send(content);
        } catch (error) {
          this.options.onFailure(`${record.kind} notification mail`, error);
          await db.write([
            {
              type: 'put',
              table: TABLES.mailOutbox,
              key: record.id,
              value: { ...record, attempts: record.attempts + 1 },
            },
          ]);
          return;
        }
      }
      await db.write([{ type: 'del', table: TABLES.mailOutbox, key: record.id }]);
    }
  }
}
