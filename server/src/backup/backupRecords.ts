import type { LevelDocumentStorage } from '../storage/LevelDocumentStorage.js';
import { MetaDatabase } from '../storage/meta/MetaDatabase.js';
import type { FileStore } from '../files/FileStore.js';
import type { BackupRecord } from './backupFile.js';

/**
 * Everything an instance stores, for a backup: document update logs, metadata tables, then the
 * uploaded files (content-addressed and never changed, so reading them last is consistent).
 */
export async function* backupRecords(
  storage: LevelDocumentStorage,
  files: FileStore,
): AsyncGenerator<BackupRecord> {
  // Both iterators are opened before either is read, so they see (nearly) the same moment.
  const updates = storage.exportUpdates()[Symbol.asyncIterator]();
  const rows = new MetaDatabase(storage.database).exportAll();
  for (let next = await updates.next(); !next.done; next = await updates.next()) yield next.value;
  yield* rows;
  for (const blob of await files.list()) yield { blob, data: await files.readBytes(blob) };
}
