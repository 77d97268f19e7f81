import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, readdir, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { SearchIndex } from './SearchIndex.js';

/**
 * The search index's snapshot on disk (one JSON file), so a restart does not re-read every
 * document. Saving is atomic: a temporary file beside it is written, fsync'd and renamed over the
 * old one, and the folder fsync'd, so a crash leaves either the old or the new snapshot. Loading
 * never throws: a missing, unreadable, corrupt or outdated file gives null and the caller rebuilds.
 */
export class SearchIndexFile {
  private saving: Promise<void> = Promise.resolve();

  /** @param path the snapshot file, e.g. `DATA_DIR/search/index.json` */
  constructor(readonly path: string) {}

  /** The snapshot file's place in a data folder: `<dataDir>/search/index.json`. */
  static inDataDir(dataDir: string): SearchIndexFile {
    return new SearchIndexFile(join(dataDir, 'search', 'index.json'));
  }

  /**
   * Writes a snapshot of `index` as it is now (serialised before this returns, so later changes
   * are not in it). Saves run one after another, in call order; the last one wins.
   */
  save(index: SearchIndex): Promise<void> {
    const data = JSON.stringify(index.toJSON());
    const next = this.saving.catch(() => undefined).then(() => this.write(data));
    this.saving = next;
    return next;
  }

  /** The saved index, or null when there is none, or it cannot be read or used. */
  async load(): Promise<SearchIndex | null> {
    await this.saving.catch(() => undefined); // never sweep the temporary file of a running save
    await this.removeLeftovers();
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch {
      return null;
    }
    try {
      return SearchIndex.tryFromJSON(JSON.parse(text));
    } catch {
      return null;
    }
  }

  private async write(data: string): Promise<void> {
    const folder = dirname(this.path);
    await mkdir(folder, { recursive: true });
    const temporary = `${this.path}.${randomUUID()}.tmp`;
    try {
      const file = await open(temporary, 'w', 0o600);
      try {
        await file.writeFile(data, 'utf8');
        await file.sync();
      } finally {
        await file.close();
      }
      await rename(temporary, this.path);
    } catch (error) {
      await unlink(temporary).catch(() => undefined);
      throw error;
    }
    await syncFolder(folder);
  }

  /** Temporary files of saves that a crash interrupted. */
  private async removeLeftovers(): Promise<void> {
    const name = basename(this.path);
    const names = await readdir(dirname(this.path)).catch(() => [] as string[]);
    const leftovers = names.filter((n) => n.startsWith(`${name}.`) && n.endsWith('.tmp'));
    await Promise.all(leftovers.map((n) => unlink(join(dirname(this.path), n)).catch(() => {})));
  }
}

/** Makes a rename in `folder` durable (Linux: fsync on the directory). */
async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
