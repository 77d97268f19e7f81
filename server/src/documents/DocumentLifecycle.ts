import type { MetaDatabase } from '../storage/meta/MetaDatabase.js';
import { TABLES } from '../storage/meta/tables.js';

/** Forgets everything one store keeps about a document; safe to run again for the same id. */
export type PurgeStep = (documentId: string) => Promise<void>;

/**
 * The end of a document's life in one place: every store that keeps something per document (update
 * log, versions, links, attachments, search entries, audit details, and future ones such as
 * comments) registers a purge step here, and purging the trash runs all of them, then the
 * `finally` steps (e.g. compacting the database so deleted values leave the disk).
 *
 * A purge is recorded as pending (in the same write that removes the document record) and cleared
 * only when every step succeeded; {@link resume} runs the steps again for purges a crash or a
 * failing step left unfinished.
 */
export class DocumentLifecycle {
  private readonly steps: { readonly name: string; readonly purge: PurgeStep }[] = [];
  private readonly finalSteps: (() => Promise<void>)[] = [];

  constructor(private readonly db: MetaDatabase) {}

  /** Adds a store's cleanup; steps run in the order they were registered. */
  onPurge(name: string, purge: PurgeStep): void {
    this.steps.push({ name, purge });
  }

  /** Adds work to run once after a purge of one or more documents (e.g. compaction). */
  afterPurge(work: () => Promise<void>): void {
    this.finalSteps.push(work);
  }

  /** The write that marks `documentId` as being purged (put it in the batch deleting its record). */
  pendingOperation(documentId: string) {
    return { type: 'put' as const, table: TABLES.purges, key: documentId, value: documentId };
  }

  /**
   * Runs every step for every document whose purge is pending (the ones just marked and any left
   * over), then the final steps. Every step runs even when one fails; rejects afterwards with the
   * first failure, leaving those documents pending for the next run.
   */
  async resume(): Promise<void> {
    const pending = await this.db.list<string>(TABLES.purges);
    if (pending.length === 0) return;
    let failure: unknown = null;
    for (const documentId of pending) {
      let complete = true;
      for (const step of this.steps) {
        try {
          await step.purge(documentId);
        } catch (error) {
          complete = false;
          failure ??= new Error(`purge step "${step.name}" failed`, { cause: error });
        }
      }
      if (complete) {
        await this.db.write([{ type: 'del', table: TABLES.purges, key: documentId }]);
      }
    }
    for (const work of this.finalSteps) {
      try {
        await work();
      } catch (error) {
        failure ??= new Error('finishing a purge failed', { cause: error });
      }
    }
    if (failure !== null) throw failure;
  }
}
