import type { Logger } from '../logger.js';
import type { DocumentDirectory } from './DocumentDirectory.js';

/** How long after the last change a document's title and "updated at" are written. */
export const ACTIVITY_DEBOUNCE_MS = 1000;

/**
 * Keeps document metadata (title, updated at) in step with content, off the hot path: changes are
 * collected per document and written at most once per {@link ACTIVITY_DEBOUNCE_MS}.
 */
export class DocumentActivity {
  private readonly pending = new Map<string, string>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly documents: DocumentDirectory,
    private readonly logger: Logger,
    private readonly delayMs = ACTIVITY_DEBOUNCE_MS,
  ) {}

  /** Notes a change to a document whose title is now `title`. */
  changed(documentId: string, title: string): void {
    this.pending.set(documentId, title);
    this.timer ??= setTimeout(() => void this.flush(), this.delayMs);
    this.timer.unref();
  }

  /** Writes everything pending now. */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = [...this.pending];
    this.pending.clear();
    for (const [id, title] of batch) {
      await this.documents.touch(id, title).catch((error: unknown) => {
        this.logger.error({ err: error, documentId: id }, 'updating document metadata failed');
      });
    }
  }
}
