import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeStorageContract } from './DocumentStorage.contract.js';
import type { DocumentStorage } from './DocumentStorage.js';
import { LevelDocumentStorage } from './LevelDocumentStorage.js';

describeStorageContract('LevelDocumentStorage', async () => {
  const directory = await mkdtemp(join(tmpdir(), 'kring-level-'));
  const opened: DocumentStorage[] = [await LevelDocumentStorage.open(directory)];
  return {
    storage: opened[0]!,
    async reopen() {
      const storage = await LevelDocumentStorage.open(directory);
      opened.push(storage);
      return storage;
    },
    async cleanup() {
      await Promise.all(opened.map((storage) => storage.close()));
      await rm(directory, { recursive: true, force: true });
    },
  };
});
