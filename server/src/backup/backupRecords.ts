import type { LevelDocumentStorage } from '../storage/LevelDocumentStorage.js';
import { MetaDatabase } from '../storage/meta/MetaDatabase.js';
import type { BackupRecord } from './backupFile.js';

/** Everything an instance stores, for a backup: document update logs, then metadata tables. */
export async function* backupRecords(storage: LevelDocumentStorage): AsyncGenerator<BackupRecord> {
  // Both iterators are opened before either is read, so they see (nearly) the same moment.
  const updates = storage.exportUpdates()[Symbol.asyncIterator]();
  const rows = new MetaDatabase(storage.database).exportAll();
  for (let next = await updates.next(); !next.done; next = await updates.next()) yield next.value;
  yield* rows;
}
