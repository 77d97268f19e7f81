import * as Y from 'yjs';
import type { ChangedDocument } from './DocumentActivity.js';

/** Told about content written straight to storage: who wrote it, and the update written. */
export type StoredContentListener = (
  document: ChangedDocument,
  userId: string | null,
  update: Uint8Array,
) => void;

/**
 * Content that reaches a document's update log without a live editing session (a new page with a
 * title, an import, a page from a template). Live sessions feed titles, links and the search index
 * through {@link DocumentActivity}; these writes must too, or an imported page stays unfindable
 * until someone opens it.
 */
export class StoredContent {
  private readonly listeners: StoredContentListener[] = [];

  /** Adds a listener (the server wires {@link DocumentActivity} here). */
  listen(listener: StoredContentListener): void {
    this.listeners.push(listener);
  }

  /** `update` (the whole content written) was appended to document `documentId`'s log. */
  written(documentId: string, update: Uint8Array, userId: string | null): void {
    if (this.listeners.length === 0) return;
    const document: ChangedDocument = {
      id: documentId,
      read: (reader) => {
        const doc = new Y.Doc();
        try {
          Y.applyUpdate(doc, update);
          return reader(doc);
        } finally {
          doc.destroy();
        }
      },
    };
    for (const listener of this.listeners) listener(document, userId, update);
  }
}
