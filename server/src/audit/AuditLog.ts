import type { AuditAction } from '@kring/shared';
import type { MetaDatabase, MetaOperation } from '../storage/meta/MetaDatabase.js';
import type { AuditRecord } from '../storage/meta/records.js';
import { GroupCommitQueue } from '../storage/GroupCommitQueue.js';
import { TABLES } from '../storage/meta/tables.js';

/** What happened, as reported by a service. */
export interface AuditEvent {
  readonly action: AuditAction;
  readonly actorId?: string | null;
  readonly communityId?: string | null;
  readonly documentId?: string | null;
  readonly subjectUserId?: string | null;
  readonly details?: Readonly<Record<string, string>>;
  readonly ip?: string | null;
}

/** Details that may repeat a document's content (a file or template name, a title). */
const CONTENT_DETAILS: ReadonlySet<string> = new Set(['name', 'title']);

/** Largest page of entries one request returns. */
export const AUDIT_PAGE_MAX = 1000;

/**
 * The append-only audit log. Entries have time-ordered ids; each is also copied under its
 * community so owners read their community's log with one range scan. There is no update or
 * delete, with one exception: purging a document for good strips the content its entries repeat
 * ({@link redactDocument}); who did what when stays.
 */
export class AuditLog {
  private sequence = 0;
  private lastMillis = 0;
  /** Lone entries share one synced batch while another is being written (connection storms). */
  private readonly lone = new GroupCommitQueue<MetaOperation[]>((entries) =>
    this.db.write(entries.flat()),
  );

  constructor(
    private readonly db: MetaDatabase,
    private readonly now: () => number = Date.now,
  ) {}

  /** The writes that append `event`, to put in the same batch as the change it records. */
  operations(event: AuditEvent): MetaOperation[] {
    const millis = Math.max(this.now(), this.lastMillis);
    this.sequence = millis === this.lastMillis ? this.sequence + 1 : 0;
    this.lastMillis = millis;
    const id = `${millis.toString(16).padStart(12, '0')}${this.sequence.toString(16).padStart(6, '0')}${Math.random().toString(36).slice(2, 6)}`;
    const record: AuditRecord = {
      id,
      at: new Date(millis).toISOString(),
      action: event.action,
      actorId: event.actorId ?? null,
      communityId: event.communityId ?? null,
      documentId: event.documentId ?? null,
      subjectUserId: event.subjectUserId ?? null,
      details: event.details ?? {},
      ip: event.ip ?? null,
    };
    const operations: MetaOperation[] = [
      { type: 'put', table: TABLES.audit, key: id, value: record },
    ];
    if (record.communityId !== null) {
      operations.push({
        type: 'put',
        table: TABLES.auditByCommunity,
        key: `${record.communityId}!${id}`,
        value: record,
      });
    }
    return operations;
  }

  /**
   * Removes details that repeat a purged document's content (file names, titles) from its
   * entries; the entries themselves (action, actor, time) stay.
   */
  async redactDocument(documentId: string): Promise<void> {
    const operations: MetaOperation[] = [];
    for await (const entry of this.all()) {
      if (entry.documentId !== documentId) continue;
      if (!Object.keys(entry.details).some((key) => CONTENT_DETAILS.has(key))) continue;
      const details = Object.fromEntries(
        Object.entries(entry.details).filter(([key]) => !CONTENT_DETAILS.has(key)),
      );
      const redacted: AuditRecord = { ...entry, details };
      operations.push({ type: 'put', table: TABLES.audit, key: entry.id, value: redacted });
      if (entry.communityId !== null) {
        operations.push({
          type: 'put',
          table: TABLES.auditByCommunity,
          key: `${entry.communityId}!${entry.id}`,
          value: redacted,
        });
      }
    }
    await this.db.write(operations);
  }

  /** Appends one entry on its own; resolves once it is synced to disk. */
  record(event: AuditEvent): Promise<void> {
    return this.lone.push(this.operations(event));
  }

  /** Entries newest first, optionally of one community and older than `before` (an entry id). */
  list(
    options: { communityId?: string; before?: string; limit?: number } = {},
  ): Promise<AuditRecord[]> {
    const limit = Math.min(Math.max(options.limit ?? 100, 1), AUDIT_PAGE_MAX);
    if (options.communityId !== undefined) {
      const prefix = `${options.communityId}!`;
      return this.db.list<AuditRecord>(TABLES.auditByCommunity, prefix, {
        reverse: true,
        limit,
        ...(options.before ? { lt: `${prefix}${options.before}` } : {}),
      });
    }
    return this.db.list<AuditRecord>(TABLES.audit, '', {
      reverse: true,
      limit,
      ...(options.before ? { lt: options.before } : {}),
    });
  }

  /** Every entry, oldest first, optionally of one community (for CSV export). */
  async *all(communityId?: string): AsyncGenerator<AuditRecord> {
    const table = communityId === undefined ? TABLES.audit : TABLES.auditByCommunity;
    const prefix = communityId === undefined ? '' : `${communityId}!`;
    let after: string | null = null;
    for (;;) {
      const page: AuditRecord[] = await this.db.list<AuditRecord>(table, prefix, {
        limit: AUDIT_PAGE_MAX,
        ...(after === null ? {} : { gt: after }),
      });
      for (const entry of page) yield entry;
      if (page.length < AUDIT_PAGE_MAX) return;
      after = `${prefix}${page[page.length - 1]!.id}`;
    }
  }
}
