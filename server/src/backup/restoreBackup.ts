import type { Readable } from 'node:stream';
import type { DocumentStorage } from '../storage/DocumentStorage.js';
import type { FileStore } from '../files/FileStore.js';
import type { MetaDatabase, MetaOperation } from '../storage/meta/MetaDatabase.js';
import { readBackup, type BackupSummary } from './backupFile.js';

/** Rows written per metadata batch while restoring. */
const META_BATCH = 500;

/**
 * Restores a backup into an empty storage (documents) and metadata database (accounts,
 * communities, audit…), then compacts each document. Throws (leaving a partly written storage the
 * caller must discard) when the file is damaged.
 */
export async function restoreBackup(
  input: Readable,
  storage: DocumentStorage,
  meta: MetaDatabase,
  files: FileStore,
): Promise<BackupSummary> {
  if ((await storage.listDocumentIds()).length > 0) {
    throw new Error('the target storage is not empty');
  }
  const documents = new Set<string>();
  let updates = 0;
  let metadata = 0;
  let blobs = 0;
  const writes: Promise<void>[] = [];
  let rows: MetaOperation[] = [];
  try {
    for await (const record of readBackup(input)) {
      if ('documentId' in record) {
        documents.add(record.documentId);
        updates += 1;
        writes.push(storage.appendUpdate(record.documentId, record.update));
      } else if ('blob' in record) {
        // Content-addressed: writing a file twice, or one that exists, changes nothing.
        if ((await files.putBytes(record.data)) !== record.blob) {
          throw new Error('a file in the backup does not match its checksum');
        }
        blobs += 1;
      } else {
        metadata += 1;
        rows.push({ type: 'put', table: record.table, key: record.key, value: record.value });
        if (rows.length >= META_BATCH) {
          writes.push(meta.write(rows));
          rows = [];
        }
      }
      // Bounded memory: wait for the group commit every so often.
      if (writes.length >= 1000) await Promise.all(writes.splice(0));
    }
    writes.push(meta.write(rows));
  } finally {
    await Promise.allSettled(writes);
  }
  await Promise.all(writes);
  for (const documentId of documents) await storage.compact(documentId);
  return { documents: documents.size, updates, metadata, files: blobs };
}
