import type { DocumentView, SearchHitView, SearchResultsView } from '@kring/shared';
import {
  DEFAULT_SEARCH_LIMIT,
  SNIPPET_SOURCE_CHARS,
  buildSnippet,
  matchedTermsOf,
  planSearch,
  rankSearch,
  type DocumentText,
  type WeightedTerm,
} from '@kring/shared/search';
import { OfflineTermIndex, analyseFields } from './offlineTermIndex.js';

/**
 * Offline full-text search over the documents synced to this browser, with the server's analysis
 * and ranking (`@kring/shared/search`: Dutch and English stemming, diacritic folding, stopwords,
 * prefixes, typos, title over tags over body, BM25+) and answers shaped like `GET /api/search`.
 * Pure and framework-free; loads neither zod nor Yjs.
 */

/** One synced document as the offline search needs it. */
export interface OfflineSearchDocument {
  readonly id: string;
  /** The title (the Y.Doc's title text, or the listed title when that is empty). */
  readonly title: string;
  /** Plain text of the body, as {@link documentPlainText} gives it. */
  readonly text: string;
  readonly communityId: string;
  readonly communitySlug: string;
  readonly communityName: string;
  /** ISO 8601 instant of the last change; part of the cache key. */
  readonly updatedAt: string;
  /** Lower-case tags (searchable, and the `tag` filter). */
  readonly tags?: readonly string[];
  /** Accounts that wrote in it (the `author` filter): creator and last editor, as the server. */
  readonly authorIds?: readonly string[];
}

/**
 * Filters and limit, named as the `GET /api/search` query parameters. Not supported offline:
 * files (the server also finds uploaded files by name; they are not synced).
 */
export interface OfflineSearchOptions {
  /** Only documents of the community with this slug. */
  readonly community?: string | undefined;
  /** Only documents with this tag (case-insensitive). */
  readonly tag?: string | undefined;
  /** Only documents this account wrote in (needs {@link OfflineSearchDocument.authorIds}). */
  readonly author?: string | undefined;
  /** Only documents changed on or after this day (`YYYY-MM-DD`, UTC). */
  readonly from?: string | undefined;
  /** Only documents changed on or before this day (`YYYY-MM-DD`, UTC). */
  readonly to?: string | undefined;
  /** Most hits returned (default 20); `total` counts all of them. */
  readonly limit?: number | undefined;
}

/** A document with what the search needs precomputed. */
interface Indexed {
  readonly document: OfflineSearchDocument;
  readonly tags: ReadonlySet<string>;
  readonly updatedAtMs: number;
}

/**
 * A cache of analysed documents for repeated offline searches: {@link OfflineSearchIndex.sync}
 * re-analyses only documents that are new or whose `updatedAt`, title, text or tags changed, and
 * drops those no longer given. Keep one instance for as long as the search page is open (or the
 * app runs); {@link searchOffline} without an index uses a shared one.
 */
export class OfflineSearchIndex {
  private readonly terms = new OfflineTermIndex();
  private readonly documents = new Map<string, Indexed>();

  /** Number of documents in the index. */
  get size(): number {
    return this.documents.size;
  }

  /**
   * Makes the index hold exactly `documents` (by id; a later duplicate id wins). Unchanged
   * documents keep their analysis, so a sync with nothing changed costs a comparison per document.
   */
  sync(documents: readonly OfflineSearchDocument[]): void {
    const given = new Map<string, OfflineSearchDocument>();
    for (const document of documents) given.set(document.id, document);
    for (const id of [...this.documents.keys()]) if (!given.has(id)) this.remove(id);
    for (const document of given.values()) this.upsert(document);
  }

  /** Adds or replaces one document (no-op when the indexed version is the same). */
  upsert(document: OfflineSearchDocument): void {
    const known = this.documents.get(document.id)?.document;
    if (known !== undefined && sameVersion(known, document)) return;
    const tags = (document.tags ?? []).map((tag) => tag.toLowerCase());
    this.terms.add(document.id, analyseFields([document.title, tags.join(' '), document.text]));
    const updatedAtMs = Date.parse(document.updatedAt);
    this.documents.set(document.id, {
      document,
      tags: new Set(tags),
      updatedAtMs: Number.isNaN(updatedAtMs) ? 0 : updatedAtMs,
    });
  }

  /** Removes one document; no-op when it is not indexed. */
  remove(id: string): void {
    if (!this.documents.delete(id)) return;
    this.terms.remove(id);
  }

  /**
   * Searches the indexed documents as `GET /api/search` does: every query word must match (its
   * stems exactly, as a prefix, or within the typo budget); if none matches all words of a
   * query of several, any word may. Title matches weigh three times body matches, tags twice.
   * An empty query (or only punctuation) lists the filtered documents, newest first; a query of
   * only stopwords finds nothing. Throws a RangeError for a `from`/`to` that is not a date.
   */
  search(query: string, options: OfflineSearchOptions = {}): SearchResultsView {
    const limit = options.limit ?? DEFAULT_SEARCH_LIMIT;
    const accept = this.acceptor(options);
    const plan = planSearch(query);
    if (plan.kind === 'none') return { total: 0, hits: [] };
    if (plan.kind === 'all') {
      const all = [...this.documents.values()]
        .filter(accept)
        .sort((a, b) => b.updatedAtMs - a.updatedAtMs);
      return { total: all.length, hits: all.slice(0, limit).map((d) => hitOf(d.document, [], -1)) };
    }
    const acceptShortId = (shortId: number): boolean => {
      const id = this.terms.documentId(shortId);
      const indexed = id === undefined ? undefined : this.documents.get(id);
      return indexed !== undefined && accept(indexed);
    };
    const { ranked, terms } = rankSearch(this.terms, plan, acceptShortId);
    const hits: SearchHitView[] = [];
    for (const { shortId } of ranked.slice(0, limit)) {
      const id = this.terms.documentId(shortId);
      const indexed = id === undefined ? undefined : this.documents.get(id);
      if (indexed !== undefined) hits.push(hitOf(indexed.document, terms, shortId));
    }
    return { total: ranked.length, hits };
  }

  private acceptor(options: OfflineSearchOptions): (indexed: Indexed) => boolean {
    const from = options.from === undefined ? -Infinity : instant(`${options.from}T00:00:00.000Z`);
    const to = options.to === undefined ? Infinity : instant(`${options.to}T23:59:59.999Z`);
    const tag = options.tag?.toLowerCase();
    const { community, author } = options;
    return ({ document, tags, updatedAtMs }) =>
      (community === undefined || document.communitySlug === community) &&
      (tag === undefined || tags.has(tag)) &&
      (author === undefined || (document.authorIds ?? []).includes(author)) &&
      updatedAtMs >= from &&
      updatedAtMs <= to;
  }
}

let sharedIndex: OfflineSearchIndex | undefined;

/**
 * Searches `documents` offline and answers like `GET /api/search` (see
 * {@link OfflineSearchIndex.search}). The analysis of each document is cached between calls (in
 * `options.index`, or a module-wide index): pass the same documents again and only changed ones
 * are analysed anew.
 */
export function searchOffline(
  query: string,
  documents: readonly OfflineSearchDocument[],
  options: OfflineSearchOptions & { readonly index?: OfflineSearchIndex } = {},
): SearchResultsView {
  const index = options.index ?? (sharedIndex ??= new OfflineSearchIndex());
  index.sync(documents);
  return index.search(query, options);
}

/**
 * The {@link OfflineSearchDocument} of a synced page: its listing (`DocumentView`, e.g. from the
 * offline manifest), its community's name and the plain text of its content
 * ({@link documentPlainText}). The title falls back to the listed one, as on the server.
 */
export function offlineSearchDocument(
  view: DocumentView,
  communityName: string,
  text: DocumentText,
): OfflineSearchDocument {
  const authorIds = [view.createdBy?.id, view.updatedBy?.id].filter(
    (id): id is string => id !== undefined,
  );
  return {
    id: view.id,
    title: text.title || view.title,
    text: text.body,
    communityId: view.communityId,
    communitySlug: view.communitySlug,
    communityName,
    updatedAt: view.updatedAt,
    tags: view.tags,
    authorIds: [...new Set(authorIds)],
  };
}

function sameVersion(a: OfflineSearchDocument, b: OfflineSearchDocument): boolean {
  return (
    a.updatedAt === b.updatedAt &&
    a.title === b.title &&
    a.text === b.text &&
    (a.tags ?? []).join(' ') === (b.tags ?? []).join(' ')
  );
}

/** A hit of `document`, its snippet highlighting the query terms it contains. */
function hitOf(
  document: OfflineSearchDocument,
  terms: readonly WeightedTerm[],
  shortId: number,
): SearchHitView {
  const body =
    document.text.length > SNIPPET_SOURCE_CHARS
      ? document.text.slice(0, SNIPPET_SOURCE_CHARS)
      : document.text;
  return {
    kind: 'document',
    documentId: document.id,
    communitySlug: document.communitySlug,
    communityName: document.communityName,
    title: document.title,
    updatedAt: document.updatedAt,
    snippet: buildSnippet(body, matchedTermsOf(terms, shortId)),
  };
}

/** Milliseconds of an ISO 8601 instant; a RangeError for anything unparseable. */
function instant(value: string): number {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new RangeError(`not a date: ${value}`);
  return ms;
}
