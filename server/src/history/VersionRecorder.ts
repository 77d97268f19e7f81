import * as Y from 'yjs';
import { SYSTEM_CLOCK, type Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import type { VersionService } from './VersionService.js';

/** Default most-frequent automatic version while a document is being edited, in minutes. */
export const VERSION_INTERVAL_MINUTES = 10;

/**
 * Automatic versions: one when an editing session ends (the document is unloaded after changes),
 * and at most one every `intervalMinutes` while editing goes on. Authors are the accounts whose
 * changes came in since the previous version.
 */
export class VersionRecorder {
  private readonly authors = new Map<string, Set<string>>();
  private readonly lastRecorded = new Map<string, number>();
  /** Versions being stored now. */
  private readonly recording = new Set<Promise<void>>();

  constructor(
    private readonly versions: VersionService,
    private readonly logger: Logger,
    private readonly intervalMinutes = VERSION_INTERVAL_MINUTES,
    private readonly clock: Clock = SYSTEM_CLOCK,
  ) {}

  /** Notes a change (by `userId` when known); the first one starts the interval. */
  changed(documentId: string, userId: string | null): void {
    let set = this.authors.get(documentId);
    if (set === undefined) this.authors.set(documentId, (set = new Set()));
    if (userId !== null) set.add(userId);
    if (!this.lastRecorded.has(documentId)) this.lastRecorded.set(documentId, this.clock.now());
  }

  /**
   * Called with the live content after changes were flushed, and when the document is unloaded
   * (`ending`). Reads the state synchronously; stores it in the background.
   */
  observe(documentId: string, doc: Y.Doc, ending: boolean): void {
    const authors = this.authors.get(documentId);
    if (authors === undefined) return;
    const since = this.lastRecorded.get(documentId) ?? this.clock.now();
    if (!ending && this.clock.now() - since < this.intervalMinutes * 60_000) return;
    const state = Y.encodeStateAsUpdate(doc);
    this.authors.delete(documentId);
    if (ending) this.lastRecorded.delete(documentId);
    else this.lastRecorded.set(documentId, this.clock.now());
    const recorded = this.versions.record(documentId, state, { authorIds: [...authors] }).then(
      () => undefined,
      (error: unknown) =>
        this.logger.error({ err: error, documentId }, 'saving an automatic version failed'),
    );
    this.recording.add(recorded);
    void recorded.finally(() => this.recording.delete(recorded));
  }

  /** Resolves once every automatic version started so far is stored. */
  async whenRecorded(): Promise<void> {
    await Promise.all([...this.recording]);
  }
}
