import type { MetaDatabase } from '../storage/meta/MetaDatabase.js';
import { TABLES } from '../storage/meta/tables.js';

/** What a watch is on. */
export type WatchTarget =
  | { readonly type: 'document'; readonly id: string }
  | { readonly type: 'community'; readonly id: string };

function watchTable(target: WatchTarget): string {
  return target.type === 'document' ? TABLES.documentWatchers : TABLES.communityWatchers;
}

/** Who watches which page and community (`<targetId>!<userId>` → userId). */
export class Watches {
  constructor(private readonly db: MetaDatabase) {}

  async isWatching(userId: string, target: WatchTarget): Promise<boolean> {
    const found = await this.db.get<string>(watchTable(target), `${target.id}!${userId}`);
    return found !== undefined;
  }

  async setWatching(userId: string, target: WatchTarget, watching: boolean): Promise<void> {
    const key = `${target.id}!${userId}`;
    await this.db.write([
      watching
        ? { type: 'put', table: watchTable(target), key, value: userId }
        : { type: 'del', table: watchTable(target), key },
    ]);
  }

  /** Everyone watching `target`. */
  watchers(target: WatchTarget): Promise<string[]> {
    return this.db.list<string>(watchTable(target), `${target.id}!`);
  }

  /** Forgets the watchers of a purged page (a {@link DocumentLifecycle} purge step). */
  async purgeDocument(documentId: string): Promise<void> {
    const keys = await this.db.keys(TABLES.documentWatchers, `${documentId}!`);
    if (keys.length === 0) return;
    await this.db.write(
      keys.map((key) => ({ type: 'del' as const, table: TABLES.documentWatchers, key })),
    );
  }
}
