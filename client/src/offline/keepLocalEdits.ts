import { STORES, updateRecord, type StoredDocument } from './offlineDb.js';
import { addSyncNotices } from './syncNotices.js';

/**
 * Keeps the edits made here to a document the server no longer takes (deleted, or closed to this
 * person) on this device, and tells the person, who can download them from the notice.
 */
export function keepLocalEdits(id: string, slug: string, title: string): void {
  void updateRecord<StoredDocument>(STORES.documents, id, (record) =>
    record === undefined ? undefined : { ...record, orphaned: true },
  ).catch(() => undefined);
  addSyncNotices([{ kind: 'kept-locally', slug, title, documentId: id }]);
}
