import type { Level } from 'level';
import { PointCache } from './PointCache.js';

/** One write in an atomic multi-table batch. */
export type MetaOperation =
  | { readonly type: 'put'; readonly table: string; readonly key: string; readonly value: unknown }
  | { readonly type: 'del'; readonly table: string; readonly key: string };

function openJsonSublevel(db: Level<string, Uint8Array>, name: string) {
  return db.sublevel<string, unknown>(name, { valueEncoding: 'json' });
}

type JsonSublevel = ReturnType<typeof openJsonSublevel>;

/** Prefix of every metadata table name, keeping them apart from the document update log. */
const TABLE_PREFIX = 'meta-';

/**
 * Metadata tables (users, communities, sessions, audit…) as JSON sublevels of the instance's one
 * LevelDB. Writes are atomic batches across tables, synced to disk before they resolve, and
 * serialised: {@link exclusive} gives check-then-write sequences (unique email, unique slug,
 * "at least one owner") the isolation they need in a single process.
 */
export class MetaDatabase {
  private readonly sublevels = new Map<string, JsonSublevel>();
  private readonly writeListeners = new Set<(tables: ReadonlySet<string>) => void>();
  private readonly writtenListeners = new Set<(operations: readonly MetaOperation[]) => void>();
  private tail: Promise<unknown> = Promise.resolve();

  private readonly cache: PointCache;

  /** @param cachedTables tables whose point reads are kept in memory (values must not be mutated). */
  constructor(
    private readonly db: Level<string, Uint8Array>,
    cachedTables: readonly string[] = [],
  ) {
    this.cache = new PointCache(cachedTables);
  }

  /** Reads one value, `undefined` when absent. */
  async get<T>(table: string, key: string): Promise<T | undefined> {
    return this.cache.get(
      table,
      key,
      async () => (await this.sublevelFor(table).get(key)) as T | undefined,
    );
  }

  /** Values whose keys start with `prefix` (all when empty), in key order. */
  async list<T>(
    table: string,
    prefix = '',
    options: { reverse?: boolean; limit?: number; lt?: string; gt?: string } = {},
  ): Promise<T[]> {
    const range = this.rangeOf(prefix, options.lt);
    const lower = options.gt === undefined ? { gte: range.gte } : { gt: options.gt };
    return (await this.sublevelFor(table)
      .values({
        ...lower,
        lt: range.lt,
        reverse: options.reverse ?? false,
        limit: options.limit ?? -1,
      })
      .all()) as T[];
  }

  /** Keys starting with `prefix`, in order. */
  async keys(table: string, prefix = ''): Promise<string[]> {
    return this.sublevelFor(table).keys(this.rangeOf(prefix)).all();
  }

  /** Every `[table, key, value]` of every metadata table, from one snapshot, for backups. */
  async *exportAll(): AsyncGenerator<{ table: string; key: string; value: unknown }> {
    for await (const [fullKey, raw] of this.db.iterator({
      gte: `!${TABLE_PREFIX}`,
      lt: `!${TABLE_PREFIX}\xff`,
      valueEncoding: 'utf8',
    })) {
      const end = fullKey.indexOf('!', 1);
      yield {
        table: fullKey.slice(1 + TABLE_PREFIX.length, end),
        key: fullKey.slice(end + 1),
        value: JSON.parse(raw as unknown as string) as unknown,
      };
    }
  }

  /** Tells `listener` which tables each durable write changed (to invalidate caches). */
  onWrite(listener: (tables: ReadonlySet<string>) => void): void {
    this.writeListeners.add(listener);
  }

  /** Tells `listener` the operations of each write once they are durable (and readable). */
  onWritten(listener: (operations: readonly MetaOperation[]) => void): void {
    this.writtenListeners.add(listener);
  }

  /** Applies all operations atomically and durably. */
  async write(operations: readonly MetaOperation[]): Promise<void> {
    if (operations.length === 0) return;
    const tables = new Set(operations.map((operation) => operation.table));
    // Before and after: a read racing the write must not keep what it read before it.
    this.cache.invalidate(tables);
    for (const listener of this.writeListeners) listener(tables);
    await this.db.batch(
      operations.map((operation) =>
        operation.type === 'put'
          ? {
              type: 'put' as const,
              sublevel: this.sublevelFor(operation.table),
              key: operation.key,
              value: operation.value,
            }
          : {
              type: 'del' as const,
              sublevel: this.sublevelFor(operation.table),
              key: operation.key,
            },
      ),
      { sync: true },
    );
    this.cache.invalidate(tables);
    for (const listener of this.writeListeners) listener(tables);
    for (const listener of this.writtenListeners) listener(operations);
  }

  /** Runs `work` after every earlier exclusive section finished, so read-check-write is atomic. */
  exclusive<R>(work: () => Promise<R>): Promise<R> {
    const result = this.tail.then(work, work);
    this.tail = result.catch(() => undefined);
    return result;
  }

  private rangeOf(prefix: string, lt?: string): { gte: string; lt: string } {
    return { gte: prefix, lt: lt ?? `${prefix}\xff` };
  }

  private sublevelFor(table: string): JsonSublevel {
    let sublevel = this.sublevels.get(table);
    if (!sublevel) {
      sublevel = openJsonSublevel(this.db, `${TABLE_PREFIX}${table}`);
      this.sublevels.set(table, sublevel);
    }
    return sublevel;
  }
}
