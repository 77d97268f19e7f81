import type { Logger } from '../logger.js';
import type { DocumentDirectory } from './DocumentDirectory.js';

/** How long after the last change a document's title and "updated at" are written. */
export const ACTIVITY_DEBOUNCE_MS = 1000;

/** A loaded document as the activity tracker sees it. */
export interface ChangedDocument {
  readonly id: string;
  /** The title as it is now (read once per flush, not per change). */
  title(): string;
}

/**
 * Keeps document metadata (title, updated at) in step with content, off the hot path: a change
 * only marks the document; its title is read and written at most once per
 * {@link ACTIVITY_DEBOUNCE_MS}.
 */
export class DocumentActivity {
  private readonly pending = new Map<string, ChangedDocument>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly documents: DocumentDirectory,
    private readonly logger: Logger,
    private readonly delayMs = ACTIVITY_DEBOUNCE_MS,
  ) {}

  /** Notes that a document changed. */
  changed(document: ChangedDocument): void {
    this.pending.set(document.id, document);
    this.timer ??= setTimeout(() => void this.flush(), this.delayMs);
    this.timer.unref();
  }

  /** Writes everything pending now. */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = [...this.pending];
    this.pending.clear();
    for (const [id, document] of batch) {
      await this.documents.touch(id, document.title()).catch((error: unknown) => {
        this.logger.error({ err: error, documentId: id }, 'updating document metadata failed');
      });
    }
  }
}
