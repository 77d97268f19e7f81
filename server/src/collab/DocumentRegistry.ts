import { CollabDocument, type CollabDocumentOptions } from './CollabDocument.js';

/** A document in the registry and how many holders keep it loaded. */
interface Entry {
  readonly loading: Promise<CollabDocument>;
  leases: number;
}

/**
 * Keeps each document loaded exactly once while anyone holds a lease on it. Concurrent joiners of
 * a document that is still loading share that one load; a document is unloaded only after its last
 * lease is released and every change is durable, so no unsaved work is ever dropped from memory.
 */
export class DocumentRegistry {
  private readonly entries = new Map<string, Entry>();
  /** Unloads waiting for their document's changes to become durable. */
  private readonly unloading = new Set<Promise<void>>();

  constructor(private readonly options: CollabDocumentOptions) {}

  /** Number of documents loaded or loading. */
  get loadedCount(): number {
    return this.entries.size;
  }

  /**
   * Loads (or reuses) a document and holds it loaded until {@link release}. Rejects when storage
   * cannot load it; the next call tries again.
   */
  async acquire(documentId: string): Promise<CollabDocument> {
    let entry = this.entries.get(documentId);
    if (entry === undefined) {
      const created: Entry = { loading: CollabDocument.load(documentId, this.options), leases: 0 };
      this.entries.set(documentId, created);
      created.loading.catch(() => {
        if (this.entries.get(documentId) === created) this.entries.delete(documentId);
      });
      entry = created;
    }
    entry.leases += 1;
    try {
      return await entry.loading;
    } catch (error) {
      entry.leases -= 1;
      throw error;
    }
  }

  /** Runs `work` with the document loaded (loading it if needed), then gives the lease back. */
  async with<T>(
    documentId: string,
    work: (document: CollabDocument) => T | Promise<T>,
  ): Promise<T> {
    const document = await this.acquire(documentId);
    try {
      return await work(document);
    } finally {
      this.release(document);
    }
  }

  /** Gives back a lease; the last one unloads the document once its changes are durable. */
  release(document: CollabDocument): void {
    const entry = this.entries.get(document.id);
    if (entry === undefined) return;
    entry.leases -= 1;
    if (entry.leases > 0) return;
    const unload = document.whenDurable().then(() => {
      if (entry.leases === 0 && this.entries.get(document.id) === entry) {
        this.entries.delete(document.id);
        document.destroy();
      }
    });
    this.unloading.add(unload);
    void unload.finally(() => this.unloading.delete(unload));
  }

  /** Resolves once every document released so far is unloaded (or was taken up again). */
  async whenReleased(): Promise<void> {
    await Promise.all([...this.unloading]);
  }

  /** The loaded document with this id, if any (for metrics and tests). */
  peek(documentId: string): Promise<CollabDocument> | undefined {
    return this.entries.get(documentId)?.loading;
  }

  /** Compacts the logs of loaded documents that have several entries, so the next start is fast. */
  async compactAll(): Promise<void> {
    const documents = await Promise.allSettled([...this.entries.values()].map((e) => e.loading));
    for (const result of documents) {
      if (result.status === 'fulfilled' && result.value.hasLongLog) await result.value.compactNow();
    }
  }

  /** Resolves once every loaded document's changes are durable. */
  async whenAllDurable(): Promise<void> {
    const documents = await Promise.allSettled([...this.entries.values()].map((e) => e.loading));
    await Promise.all(
      documents.flatMap((result) =>
        result.status === 'fulfilled' ? [result.value.whenDurable()] : [],
      ),
    );
  }
}
