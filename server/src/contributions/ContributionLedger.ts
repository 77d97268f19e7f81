import type { MetaDatabase } from '../storage/meta/MetaDatabase.js';
import type { ContributionRecord } from '../storage/meta/records.js';
import { TABLES } from '../storage/meta/tables.js';

/** Contributions recorded since the last flush, per document and account. */
interface Pending {
  characters: number;
  changes: number;
  firstAt: string;
  lastAt: string;
}

/**
 * Who contributed how much to each document, and when. The server knows which authenticated
 * account sent each update, so it credits them here, beside the update log: compaction merges
 * the log's entries but never touches this, and backups carry it like every metadata table.
 *
 * Recording is in memory and cheap (on the hot path of every edit); {@link flush} adds what was
 * recorded to the stored totals in one batch.
 */
export class ContributionLedger {
  private pending = new Map<string, Pending>();
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: MetaDatabase,
    private readonly now: () => number = Date.now,
  ) {}

  /** Credits `userId` with `characters` content units added to `documentId` in one change. */
  record(documentId: string, userId: string, characters: number): void {
    const at = new Date(this.now()).toISOString();
    this.merge(`${documentId}!${userId}`, { characters, changes: 1, firstAt: at, lastAt: at });
  }

  /** True while something recorded is not yet stored. */
  get hasPending(): boolean {
    return this.pending.size > 0;
  }

  /** Adds everything recorded so far to the stored totals; flushes never overlap. */
  flush(): Promise<void> {
    // A failed flush must not block the next one: its amounts are back in `pending`.
    const run = this.flushing.catch(() => undefined).then(() => this.writePending());
    this.flushing = run;
    return run;
  }

  /** Every account's contribution to a document (stored; call {@link flush} first for the newest). */
  forDocument(documentId: string): Promise<ContributionRecord[]> {
    return this.db.list<ContributionRecord>(TABLES.contributions, `${documentId}!`);
  }

  /** Every document an account contributed to (stored). */
  forUser(userId: string): Promise<ContributionRecord[]> {
    return this.db.list<ContributionRecord>(TABLES.contributionsByUser, `${userId}!`);
  }

  /** Forgets a purged document's contributions (a {@link DocumentLifecycle} purge step). */
  async purge(documentId: string): Promise<void> {
    for (const key of [...this.pending.keys()]) {
      if (key.startsWith(`${documentId}!`)) this.pending.delete(key);
    }
    await this.flush();
    await this.db.exclusive(async () => {
      const records = await this.forDocument(documentId);
      await this.db.write(
        records.flatMap((record) => [
          {
            type: 'del' as const,
            table: TABLES.contributions,
            key: `${documentId}!${record.userId}`,
          },
          {
            type: 'del' as const,
            table: TABLES.contributionsByUser,
            key: `${record.userId}!${documentId}`,
          },
        ]),
      );
    });
  }

  private async writePending(): Promise<void> {
    if (this.pending.size === 0) return;
    const batch = this.pending;
    this.pending = new Map();
    try {
      await this.store(batch);
    } catch (error) {
      // Nothing recorded is lost: what could not be stored goes back for the next flush.
      for (const [key, added] of batch) this.merge(key, added);
      throw error;
    }
  }

  private merge(key: string, added: Pending): void {
    const entry = this.pending.get(key);
    if (entry === undefined) {
      this.pending.set(key, added);
      return;
    }
    entry.characters += added.characters;
    entry.changes += added.changes;
    if (added.firstAt < entry.firstAt) entry.firstAt = added.firstAt;
    if (added.lastAt > entry.lastAt) entry.lastAt = added.lastAt;
  }

  private async store(batch: Map<string, Pending>): Promise<void> {
    await this.db.exclusive(async () => {
      const operations = [];
      for (const [key, added] of batch) {
        const [documentId, userId] = key.split('!') as [string, string];
        const stored = await this.db.get<ContributionRecord>(TABLES.contributions, key);
        const record: ContributionRecord = {
          documentId,
          userId,
          characters: (stored?.characters ?? 0) + added.characters,
          changes: (stored?.changes ?? 0) + added.changes,
          firstAt: stored?.firstAt ?? added.firstAt,
          lastAt: added.lastAt,
        };
        operations.push(
          { type: 'put' as const, table: TABLES.contributions, key, value: record },
          {
            type: 'put' as const,
            table: TABLES.contributionsByUser,
            key: `${userId}!${documentId}`,
            value: record,
          },
        );
      }
      await this.db.write(operations);
    });
  }
}
