import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LevelDocumentStorage } from '../storage/LevelDocumentStorage.js';

/** A real LevelDB storage in a fresh temporary folder, for tests. */
export interface TempStorage {
  storage: LevelDocumentStorage;
  /** Closes and opens the same folder again, like a server restart. */
  reopen(): Promise<LevelDocumentStorage>;
  /** Closes the storage and deletes the folder. */
  dispose(): Promise<void>;
}

/** Opens a LevelDB storage in a new temporary folder. */
export async function createTempStorage(): Promise<TempStorage> {
  const directory = await mkdtemp(join(tmpdir(), 'kring-test-'));
  const temp: TempStorage = {
    storage: await LevelDocumentStorage.open(directory),
    async reopen() {
      await temp.storage.close();
      temp.storage = await LevelDocumentStorage.open(directory);
      return temp.storage;
    },
    async dispose() {
      await temp.storage.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
  return temp;
}
