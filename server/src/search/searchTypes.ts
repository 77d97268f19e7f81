/** One document as the search index knows it: its text and what results can be filtered by. */
export interface SearchEntry {
  readonly id: string;
  readonly communityId: string;
  readonly title: string;
  /** Plain text of the body (see `documentText`). */
  readonly body: string;
  readonly tags: readonly string[];
  readonly authorIds: readonly string[];
  /** ISO 8601 instant of the last change. */
  readonly updatedAt: string;
}

/** What the permission check sees of a candidate document. */
export interface SearchCandidate {
  readonly id: string;
  readonly communityId: string;
}

/** Options of {@link SearchIndex.search}. */
export interface SearchOptions {
  /**
   * Whether the caller may read a document. Applied inside the engine, before scoring: documents
   * it refuses never reach totals, titles or snippets. Called at most once per document per search.
   */
  readonly allowed: (candidate: SearchCandidate) => boolean;
  /** Only documents of this community. */
  readonly communityId?: string;
  /** Only documents with this tag (case-insensitive). */
  readonly tag?: string;
  /** Only documents this account has written in. */
  readonly authorId?: string;
  /** Only documents changed at or after this ISO 8601 instant. */
  readonly updatedFrom?: string;
  /** Only documents changed at or before this ISO 8601 instant. */
  readonly updatedTo?: string;
  /** Most hits returned (default 20); `total` counts all of them. */
  readonly limit?: number;
}

/** One search result. */
export interface SearchHit {
  readonly id: string;
  readonly communityId: string;
  readonly title: string;
  /** Relevance, higher is better; only comparable within one search. */
  readonly score: number;
  readonly snippet: {
    readonly text: string;
    /** `[start, end)` offsets into `text` of matched words. */
    readonly highlights: [number, number][];
  };
}

/** The answer of {@link SearchIndex.search}. */
export interface SearchResults {
  /** How many readable documents match (the hits are the best `limit` of them). */
  readonly total: number;
  readonly hits: SearchHit[];
}
