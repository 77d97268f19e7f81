import type { Level } from 'level';

/**
 * Tells whether the database takes writes right now (disk full, read-only mount or a broken
 * LevelDB make every write fail while reads still work). Each check makes one small synced write
 * outside every exported table, through the same database as all other writes; checks that
 * overlap share one write.
 */
export class WriteProbe {
  private readonly health;
  private running: Promise<boolean> | null = null;

  constructor(
    private readonly db: Level<string, Uint8Array>,
    private readonly now: () => number = Date.now,
  ) {
    this.health = db.sublevel<string, string>('health', { valueEncoding: 'utf8' });
  }

  /** True when a synced write succeeded just now. */
  writable(): Promise<boolean> {
    this.running ??= this.probe().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async probe(): Promise<boolean> {
    try {
      await this.db.batch(
        [{ type: 'put', key: 'probe', value: String(this.now()), sublevel: this.health }],
        { sync: true },
      );
      return true;
    } catch {
      return false;
    }
  }
}
