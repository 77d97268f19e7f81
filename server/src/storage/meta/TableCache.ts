import type { MetaDatabase } from './MetaDatabase.js';

/**
 * A read-through cache of lists derived from some metadata tables (e.g. a community's documents),
 * dropped whenever a write touches one of those tables. A read that overlaps a write never stores
 * its (possibly stale) result: a generation counter tells.
 */
export class TableCache<T> {
  private readonly entries = new Map<string, readonly T[]>();
  private generation = 0;

  constructor(db: MetaDatabase, tables: readonly string[]) {
    db.onWrite((touched) => {
      if (!tables.some((table) => touched.has(table))) return;
      this.generation += 1;
      this.entries.clear();
    });
  }

  /** The cached list for `key`, loading it with `load` when absent. */
  async get(key: string, load: () => Promise<readonly T[]>): Promise<T[]> {
    const cached = this.entries.get(key);
    if (cached !== undefined) return [...cached];
    const started = this.generation;
    const loaded = await load();
    if (this.generation === started) this.entries.set(key, loaded);
    return [...loaded];
  }
}
