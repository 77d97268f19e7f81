import type { AsPlainObject } from 'minisearch';
import {
  DEFAULT_SEARCH_LIMIT,
  SNIPPET_SOURCE_CHARS,
  buildSnippet,
  matchedTermsOf,
  planSearch,
  rankSearch,
  type RankedDocument,
  type WeightedTerm,
} from '@kring/shared/search';
import { SEARCH_INDEX_VERSION, searchIndexSnapshotSchema } from './searchIndexSnapshot.js';
import type { SearchEntry, SearchHit, SearchOptions, SearchResults } from './searchTypes.js';
import { TermIndex } from './TermIndex.js';

/** Hits returned when the caller gives no limit (shared with the browser's offline search). */
export { DEFAULT_SEARCH_LIMIT };

/** Body text kept per document for snippets: {@link SNIPPET_SOURCE_CHARS}. */
export const MAX_STORED_BODY_CHARS = SNIPPET_SOURCE_CHARS;

/** An entry with what filtering needs precomputed. */
interface Stored {
  readonly entry: SearchEntry;
  readonly updatedAtMs: number;
  readonly tags: ReadonlySet<string>;
}

/**
 * The full-text index of documents: Dutch and English analysis (`@kring/shared/search`), prefix, compound
 * and typo matching, title boosted over body, snippets with highlights, filters, and the
 * permission check inside the search (before totals, titles and snippets exist). Kept in memory; {@link SearchIndex.toJSON} /
 * {@link SearchIndex.fromJSON} persist it. Not thread-safe; all calls are synchronous.
 */
export class SearchIndex {
  private constructor(
    private readonly engine: TermIndex,
    private readonly entries: Map<string, Stored>,
  ) {}

  /** An empty index. */
  static empty(): SearchIndex {
    return new SearchIndex(TermIndex.create(), new Map());
  }

  /**
   * Restores an index from {@link SearchIndex.toJSON}. A snapshot of another version (or one that
   * does not validate) gives an EMPTY index: the caller then re-indexes every document.
   */
  static fromJSON(json: unknown): SearchIndex {
    return SearchIndex.tryFromJSON(json) ?? SearchIndex.empty();
  }

  /** Like {@link SearchIndex.fromJSON}, but null instead of an empty index when unusable. */
  static tryFromJSON(json: unknown): SearchIndex | null {
    const parsed = searchIndexSnapshotSchema.safeParse(json);
    if (!parsed.success || parsed.data.engine.documentCount !== parsed.data.entries.length)
      return null;
    try {
      // Shape checked above on the surface; the engine's loader throws on anything else.
      const engine = TermIndex.restore(parsed.data.engine as AsPlainObject);
      const entries = new Map(parsed.data.entries.map((entry) => [entry.id, stored(entry)]));
      if (entries.size !== engine.documentCount) return null;
      for (const id of entries.keys()) if (!engine.has(id)) return null;
      return new SearchIndex(engine, entries);
    } catch {
      return null;
    }
  }

  /** Number of documents in the index. */
  get size(): number {
    return this.entries.size;
  }

  /** True when the document is in the index. */
  has(id: string): boolean {
    return this.entries.has(id);
  }

  /** The indexed documents' ids (e.g. to drop those deleted while the server was down). */
  ids(): string[] {
    return [...this.entries.keys()];
  }

  /** `updatedAt` of the indexed version of a document (to see whether it is stale). */
  updatedAtOf(id: string): string | undefined {
    return this.entries.get(id)?.entry.updatedAt;
  }

  /** Adds a document, or replaces the indexed version of it. */
  upsert(entry: SearchEntry): void {
    if (this.entries.has(entry.id)) this.engine.discard(entry.id);
    const { id, title, tags, body } = entry;
    this.engine.add({ id, title, tags: tags.join(' '), body });
    const kept = body.length > MAX_STORED_BODY_CHARS ? body.slice(0, MAX_STORED_BODY_CHARS) : body;
    this.entries.set(id, stored({ ...copy(entry), body: kept }));
  }

  /**
   * Drops the postings of removed documents from the term dictionary now (it is otherwise done
   * in the background), so nothing of them is left in memory or in the next snapshot.
   */
  async vacuum(): Promise<void> {
    await this.engine.vacuum();
  }

  /** Removes a document; no-op when it is not indexed. */
  remove(id: string): void {
    if (!this.entries.delete(id)) return;
    this.engine.discard(id);
  }

  /**
   * Searches for `query` among the documents `options.allowed` lets through and that pass the
   * filters. Every word must match (stem, prefix or within the typo budget); if that finds nothing
   * for a query of several words, any word may. An empty query lists the documents the filters
   * let through, most recently changed first.
   */
  search(query: string, options: SearchOptions): SearchResults {
    const limit = options.limit ?? DEFAULT_SEARCH_LIMIT;
    const acceptId = this.acceptor(options);
    const plan = planSearch(query);
    if (plan.kind === 'none') return { total: 0, hits: [] };
    if (plan.kind === 'all') return this.listAll(acceptId, limit);
    // Memoised by engine short id, so `allowed` runs once per document; discarded (replaced or
    // removed) versions have no id and never match.
    const memo = new Map<number, boolean>();
    const accept = (shortId: number): boolean => {
      let ok = memo.get(shortId);
      if (ok === undefined) {
        const id = this.engine.documentId(shortId);
        ok = id !== undefined && acceptId(id);
        memo.set(shortId, ok);
      }
      return ok;
    };
    const { ranked, terms } = rankSearch(this.engine, plan, accept);
    return { total: ranked.length, hits: this.hits(ranked.slice(0, limit), terms) };
  }

  /** A plain, JSON-serialisable snapshot of the whole index (see searchIndexSnapshot.ts). */
  toJSON(): unknown {
    return {
      version: SEARCH_INDEX_VERSION,
      entries: [...this.entries.values()].map((s) => s.entry),
      engine: this.engine.toJSON(),
    };
  }

  /** Hits with snippets; highlights are the query's index terms that occur in each document. */
  private hits(ranked: readonly RankedDocument[], terms: readonly WeightedTerm[]): SearchHit[] {
    const hits: SearchHit[] = [];
    for (const { shortId, score } of ranked) {
      const id = this.engine.documentId(shortId);
      const entry = id === undefined ? undefined : this.entries.get(id)?.entry;
      if (entry === undefined) continue;
      hits.push(hitOf(entry, score, matchedTermsOf(terms, shortId)));
    }
    return hits;
  }

  private listAll(accept: (id: string) => boolean, limit: number): SearchResults {
    const matching = [...this.entries.values()]
      .filter((s) => accept(s.entry.id))
      .sort((a, b) => b.updatedAtMs - a.updatedAtMs);
    return {
      total: matching.length,
      hits: matching.slice(0, limit).map((s) => hitOf(s.entry, 0, new Set())),
    };
  }

  /** The per-search test: filters first (cheap), then the caller's permission check. */
  private acceptor(options: SearchOptions): (id: string) => boolean {
    const from = options.updatedFrom === undefined ? -Infinity : instant(options.updatedFrom);
    const to = options.updatedTo === undefined ? Infinity : instant(options.updatedTo);
    const tag = options.tag?.toLowerCase();
    return (id) => {
      const s = this.entries.get(id);
      return (
        s !== undefined &&
        (options.communityId === undefined || s.entry.communityId === options.communityId) &&
        (tag === undefined || s.tags.has(tag)) &&
        (options.authorId === undefined || s.entry.authorIds.includes(options.authorId)) &&
        s.updatedAtMs >= from &&
        s.updatedAtMs <= to &&
        options.allowed({ id, communityId: s.entry.communityId }) === true
      );
    };
  }
}

function hitOf(entry: SearchEntry, score: number, matchedTerms: ReadonlySet<string>): SearchHit {
  return {
    id: entry.id,
    communityId: entry.communityId,
    title: entry.title,
    score,
    snippet: buildSnippet(entry.body, matchedTerms),
  };
}

function copy(entry: SearchEntry): SearchEntry {
  const { id, communityId, title, body, tags, authorIds, updatedAt } = entry;
  return { id, communityId, title, body, tags: [...tags], authorIds: [...authorIds], updatedAt };
}

function stored(entry: SearchEntry): Stored {
  const updatedAtMs = Date.parse(entry.updatedAt);
  return {
    entry,
    updatedAtMs: Number.isNaN(updatedAtMs) ? 0 : updatedAtMs,
    tags: new Set(entry.tags.map((tag) => tag.toLowerCase())),
  };
}

/** Milliseconds of an ISO 8601 instant; a RangeError for anything unparseable. */
function instant(value: string): number {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new RangeError(`not a date: ${value}`);
  return ms;
}
