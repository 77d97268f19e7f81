import type { Readable } from 'node:stream';
import type { DocumentStorage } from '../storage/DocumentStorage.js';
import { readBackup, type BackupSummary } from './backupFile.js';

/**
 * Restores a backup into an empty storage, then compacts each document. Throws (leaving a partly
 * written storage the caller must discard) when the file is damaged.
 */
export async function restoreBackup(
  input: Readable,
  storage: DocumentStorage,
): Promise<BackupSummary> {
  if ((await storage.listDocumentIds()).length > 0) {
    throw new Error('the target storage is not empty');
  }
  const documents = new Set<string>();
  let updates = 0;
  const writes: Promise<void>[] = [];
  try {
    for await (const { documentId, update } of readBackup(input)) {
      documents.add(documentId);
      updates += 1;
      writes.push(storage.appendUpdate(documentId, update));
      // Bounded memory: wait for the group commit every so often.
      if (writes.length >= 1000) await Promise.all(writes.splice(0));
    }
  } finally {
    await Promise.allSettled(writes);
  }
  await Promise.all(writes);
  for (const documentId of documents) await storage.compact(documentId);
  return { documents: documents.size, updates };
}
