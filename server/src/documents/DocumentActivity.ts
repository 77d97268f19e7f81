import { TITLE_FIELD } from '@kring/shared';
import type * as Y from 'yjs';
import { SYSTEM_CLOCK, type Clock, type TimerHandle } from '../clock.js';
import type { Logger } from '../logger.js';
import type { DocumentDirectory } from './DocumentDirectory.js';
import { internalLinks } from './internalLinks.js';
import type { LinkIndex } from './LinkIndex.js';

/** How long after the last change a document's metadata is brought up to date. */
export const ACTIVITY_DEBOUNCE_MS = 1000;

/** A loaded document as the activity tracker sees it. */
export interface ChangedDocument {
  readonly id: string;
  read<T>(reader: (doc: Y.Doc) => T): T;
}

/**
 * Something else that wants to see changed content (the search index, automatic versions): called
 * synchronously with the live Y.Doc at each flush, and when the document is unloaded (`ending`).
 * `willWrite`: the document's metadata will be written next (then `written` listeners follow).
 */
export type ContentListener = (
  documentId: string,
  doc: Y.Doc,
  ending: boolean,
  willWrite: boolean,
) => void;

/** Called after a changed document's metadata (title, updated at/by) was written. */
export type WrittenListener = (documentId: string) => void;

interface Pending {
  document: ChangedDocument;
  userId: string | null;
  /** Content read at unload, when the document will be gone by flush time. */
  snapshot: { title: string; links: string[] } | null;
}

/**
 * Keeps document metadata (title, updated at and by, outgoing links) in step with content, off the
 * hot path: a change only marks the document; its content is read and written at most once per
 * {@link ACTIVITY_DEBOUNCE_MS}, and once more when it is unloaded.
 */
export class DocumentActivity {
  private readonly pending = new Map<string, Pending>();
  private readonly listeners: ContentListener[] = [];
  private readonly writtenListeners: WrittenListener[] = [];
  /** Documents changed since they were loaded: only these are read again when unloaded. */
  private readonly changedSinceLoad = new Set<string>();
  private timer: TimerHandle | null = null;
  /** The flush running now (and those queued behind it): flushes never overlap. */
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly documents: DocumentDirectory,
    private readonly links: LinkIndex,
    private readonly logger: Logger,
    private readonly clock: Clock = SYSTEM_CLOCK,
    private readonly delayMs = ACTIVITY_DEBOUNCE_MS,
  ) {}

  /** Adds a reader of changed content, called during flushes with the live Y.Doc. */
  listen(listener: ContentListener): void {
    this.listeners.push(listener);
  }

  /** Adds a listener for "metadata of this document is now up to date". */
  afterWrite(listener: WrittenListener): void {
    this.writtenListeners.push(listener);
  }

  /** Notes that a document changed, by `userId` when known. */
  changed(document: ChangedDocument, userId: string | null): void {
    this.changedSinceLoad.add(document.id);
    const entry = this.pending.get(document.id);
    if (entry) {
      // The newest handle reads the newest content (a stored page may since have been opened);
      // a snapshot taken when the page was closed before is older than that content.
      entry.document = document;
      entry.snapshot = null;
      entry.userId = userId ?? entry.userId;
    } else this.pending.set(document.id, { document, userId, snapshot: null });
    if (this.timer === null) {
      this.timer = this.clock.setTimeout(() => void this.flush(), this.delayMs);
      this.timer.unref();
    }
  }

  /** A document is about to be unloaded: read what is pending from it now. */
  unloading(document: ChangedDocument): void {
    const entry = this.pending.get(document.id);
    // An older copy finishing its unload after the page was opened (and changed) in a newer one:
    // the newer copy holds the newer content, and it will be read from there.
    if (entry !== undefined && entry.document !== document) return;
    if (!this.changedSinceLoad.delete(document.id)) return;
    const snapshot = this.read(document, true, entry !== undefined);
    if (entry && entry.snapshot === null) entry.snapshot = snapshot;
  }

  /**
   * Writes everything pending now; resolves once that and every flush started before it (e.g. by
   * the debounce timer) are written.
   */
  flush(): Promise<void> {
    if (this.timer) this.clock.clearTimeout(this.timer);
    this.timer = null;
    this.flushing = this.flushing.then(() => this.writePending());
    return this.flushing;
  }

  private async writePending(): Promise<void> {
    const batch = [...this.pending.values()];
    this.pending.clear();
    for (const entry of batch) {
      const id = entry.document.id;
      try {
        const content = entry.snapshot ?? this.read(entry.document, false, true);
        await this.documents.touch(id, content.title, entry.userId);
        await this.links.setLinks(id, content.links);
        for (const listener of this.writtenListeners) listener(id);
      } catch (error) {
        this.logger.error({ err: error, documentId: id }, 'updating document metadata failed');
      }
    }
  }

  private read(
    document: ChangedDocument,
    ending: boolean,
    willWrite: boolean,
  ): { title: string; links: string[] } {
    return document.read((doc) => {
      for (const listener of this.listeners) listener(document.id, doc, ending, willWrite);
      return { title: doc.getText(TITLE_FIELD).toString(), links: internalLinks(doc) };
    });
  }
}
