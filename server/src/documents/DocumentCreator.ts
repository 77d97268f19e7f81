import * as Y from 'yjs';
import type { Caller } from '../auth/Caller.js';
import type { StoredContent } from './StoredContent.js';
import type { DocumentStorage } from '../storage/DocumentStorage.js';
import type { DocumentRecord } from '../storage/meta/records.js';
import type { DocumentDirectory } from './DocumentDirectory.js';

/** What a new document starts with. */
export interface NewDocument {
  readonly id?: string | undefined;
  readonly title: string;
  readonly parentId?: string | null | undefined;
}

/** The Yjs update that puts `title` into an empty document's `getText('title')`. */
export function titleUpdate(title: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('title').insert(0, title);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

/**
 * Creates documents through the API: the metadata record and, when a title is given, the title in
 * the content too. The content is the source of truth for the title, so without this the first
 * edit would read an empty title from it and overwrite the one given here.
 */
export class DocumentCreator {
  private readonly createdListeners = new Set<
    (caller: Caller, document: DocumentRecord) => Promise<void>
  >();

  constructor(
    private readonly documents: DocumentDirectory,
    private readonly storage: DocumentStorage,
    private readonly stored?: StoredContent,
  ) {}

  /** Like {@link DocumentDirectory.create}; a repeated create does not seed the title again. */
  async create(
    caller: Caller,
    slug: string,
    input: NewDocument,
  ): Promise<{ document: DocumentRecord; created: boolean }> {
    const result = await this.documents.create(caller, slug, input);
    if (result.created && input.title !== '') {
      const update = titleUpdate(input.title);
      await this.storage.appendUpdate(result.document.id, update);
      this.stored?.written(result.document.id, update, caller.userId);
    }
    if (result.created) {
      for (const listener of this.createdListeners) {
        try {
          await listener(caller, result.document);
        } catch {
          // Best effort (notifications): the page exists either way; the listener logs.
        }
      }
    }
    return result;
  }

  /** Calls (and awaits) `listener` after each new page; returns the unsubscribe. */
  onCreated(listener: (caller: Caller, document: DocumentRecord) => Promise<void>): () => void {
    this.createdListeners.add(listener);
    return () => this.createdListeners.delete(listener);
  }
}
