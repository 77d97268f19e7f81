/**
 * Point reads of some tables kept in memory. Each table has a generation that every write to it
 * bumps before and after the write, so a read that raced a write (started before it finished)
 * is returned but never kept. Values are shared: callers must not mutate what they read.
 */
export class PointCache {
  private readonly values = new Map<string, Map<string, unknown>>();
  private readonly generations = new Map<string, number>();

  constructor(tables: readonly string[]) {
    for (const table of tables) {
      this.values.set(table, new Map());
      this.generations.set(table, 0);
    }
  }

  /** Reads through the cache when `table` is cached, else straight from `read`. */
  async get<T>(
    table: string,
    key: string,
    read: () => Promise<T | undefined>,
  ): Promise<T | undefined> {
    const entries = this.values.get(table);
    if (entries === undefined) return read();
    if (entries.has(key)) return entries.get(key) as T | undefined;
    const generation = this.generations.get(table);
    const value = await read();
    if (this.generations.get(table) === generation) entries.set(key, value);
    return value;
  }

  /** Forgets the tables a write touches; call before and after the write. */
  invalidate(tables: ReadonlySet<string>): void {
    for (const table of tables) {
      const entries = this.values.get(table);
      if (entries === undefined) continue;
      entries.clear();
      this.generations.set(table, (this.generations.get(table) ?? 0) + 1);
    }
  }
}
