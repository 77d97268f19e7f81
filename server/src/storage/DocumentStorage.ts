/** One update of one document, as exported for a backup. */
export interface StoredUpdate {
  readonly documentId: string;
  readonly update: Uint8Array;
}

/**
 * Where document updates live. Every implementation (LevelDB today, PostgreSQL later) must pass
 * the contract suite in `storageContract.ts`.
 */
export interface DocumentStorage {
  /**
   * Every stored update of a document, oldest first (possibly already merged by compaction).
   * An unknown document yields an empty list. Resolves only once the whole log has been read.
   */
  loadUpdates(documentId: string): Promise<Uint8Array[]>;

  /**
   * Appends one update to the document's log. The promise resolves only once the update is
   * durable on disk (fsync'd); appends are durable in the order they were made. Concurrent appends
   * are group-committed into as few synced writes as possible.
   */
  appendUpdate(documentId: string, update: Uint8Array): Promise<void>;

  /**
   * Replaces the document's whole current log with one merged update in a single atomic write.
   * Appends made while compaction runs are kept. Returns the number of log entries replaced.
   */
  compact(documentId: string): Promise<number>;

  /**
   * Removes a document's whole log for good (purging the trash), in one atomic, synced write.
   * Call only for documents nobody has open.
   */
  deleteDocument(documentId: string): Promise<void>;

  /** Number of entries in a document's log. */
  countUpdates(documentId: string): Promise<number>;

  /** Ids of every stored document, in key order. */
  listDocumentIds(): Promise<string[]>;

  /**
   * Every stored update of every document, from one consistent snapshot: writes made while the
   * export runs are not in it, and none is half in it. Used for backups and migrations.
   */
  exportUpdates(): AsyncIterable<StoredUpdate>;

  /** Waits for pending writes, then closes the database. Further calls reject. */
  close(): Promise<void>;
}
