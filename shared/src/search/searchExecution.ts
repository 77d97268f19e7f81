import type { QueryWord, SearchPlan } from './searchQuery.js';

/** Postings of one term: field id → (document short id → term frequency). */
export type TermPostings = ReadonlyMap<number, ReadonlyMap<number, number>>;

/** A searchable field and how much a match in it counts. */
export interface FieldWeight {
  readonly fieldId: number;
  readonly boost: number;
}

/**
 * What scoring reads of a term index: the server's MiniSearch-backed `TermIndex` and the browser's
 * offline index both provide it, so both rank with the same code. Documents are numbered by
 * short ids (integers) that the index maps to and from its document ids.
 */
export interface TermSource {
  /** Number of live documents (BM25's N). */
  readonly documentCount: number;
  /** The searchable fields with their boosts. */
  fieldWeights(): readonly FieldWeight[];
  /** Postings of an exact term, if indexed. */
  postings(term: string): TermPostings | undefined;
  /** Up to `max` indexed terms that start with `prefix` (not `prefix` itself), shortest first. */
  termsWithPrefix(prefix: string, max: number): [string, TermPostings][];
  /** Indexed terms within `distance` edits of `term` (not `term` itself), with their distance. */
  termsNear(term: string, distance: number): [string, TermPostings, number][];
  /** Number of distinct words in a field of a document (BM25's document length). */
  fieldLength(shortId: number, fieldId: number): number;
  /** Average {@link TermSource.fieldLength} over live documents. */
  averageFieldLength(fieldId: number): number;
}

/** A matching document: its engine short id and relevance. */
export interface RankedDocument {
  readonly shortId: number;
  readonly score: number;
}

/** One index term a query word matches, with the weight of that kind of match. */
export interface WeightedTerm {
  readonly term: string;
  readonly weight: number;
  readonly postings: TermPostings;
}

/** Hits returned when the caller gives no limit. */
export const DEFAULT_SEARCH_LIMIT = 20;

/** Prefix matches count less than exact ones, typo matches less still (MiniSearch's weights). */
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
/**
 * Most terms a prefix expands to (the shortest ones): 4 per letter typed, at most 24. Bounds the
 * cost of a 2-letter prefix, which matches a large part of the vocabulary and means little yet.
 */
export function maxPrefixTerms(prefixLength: number): number {
  return Math.min(24, 4 * prefixLength);
}
/** BM25+ parameters (as MiniSearch). */
const K = 1.2;
const B = 0.7;
const D = 0.5;

/** The index terms a query word matches: exact forms, then prefix and typo expansions. */
export function expandWord(index: TermSource, word: QueryWord): WeightedTerm[] {
  const terms: WeightedTerm[] = [];
  const seen = new Set<string>();
  const add = (term: string, weight: number, postings: TermPostings | undefined) => {
    if (postings === undefined || seen.has(term)) return;
    seen.add(term);
    terms.push({ term, weight, postings });
  };
  for (const term of word.exact) add(term, 1, index.postings(term));
  if (word.prefix !== null) {
    const length = word.prefix.length;
    for (const [term, postings] of index.termsWithPrefix(word.prefix, maxPrefixTerms(length))) {
      const extra = term.length - length;
      add(term, (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * extra), postings);
    }
  }
  if (word.fuzzy !== null) {
    for (const [term, postings, distance] of index.termsNear(word.fuzzy.term, word.fuzzy.distance))
      add(term, (FUZZY_WEIGHT * term.length) / (term.length + distance), postings);
  }
  return terms;
}

/**
 * Scores one query word: per document, the best of its matching terms (so a word is counted once,
 * however many of its forms or expansions a document contains), each term scored with BM25+
 * summed over the fields it occurs in, times the field boost and the match weight. Scores every
 * posting: which documents may be shown is decided once per candidate, in {@link combineWords}.
 */
export function scoreWord(index: TermSource, terms: readonly WeightedTerm[]): Map<number, number> {
  const fields = index.fieldWeights();
  const documentCount = index.documentCount;
  const best = new Map<number, number>();
  const perTerm = new Map<number, number>();
  for (const { weight, postings } of terms) {
    // A word with one matching term (the usual case) needs no per-term maximum.
    const into = terms.length === 1 ? best : perTerm;
    perTerm.clear();
    for (const field of fields) addFieldScores(index, field, postings, weight, documentCount, into);
    if (into === best) continue;
    perTerm.forEach((score, shortId) => {
      const previous = best.get(shortId);
      if (previous === undefined || score > previous) best.set(shortId, score);
    });
  }
  return best;
}

function addFieldScores(
  index: TermSource,
  { fieldId, boost }: FieldWeight,
  postings: TermPostings,
  weight: number,
  documentCount: number,
  into: Map<number, number>,
): void {
  const frequencies = postings.get(fieldId);
  if (frequencies === undefined || frequencies.size === 0) return;
  // Postings still hold versions that were replaced but not yet vacuumed: counted as matching,
  // they could outnumber the live documents and turn the idf (and every score) negative.
  const matching = Math.min(frequencies.size, documentCount);
  const idf = Math.log(1 + (documentCount - matching + 0.5) / (matching + 0.5));
  const factor = weight * boost * idf;
  const averageLength = index.averageFieldLength(fieldId) || 1;
  frequencies.forEach((frequency, shortId) => {
    const length = index.fieldLength(shortId, fieldId);
    const saturation = K * (1 - B + (B * length) / averageLength);
    const score = factor * (D + (frequency * (K + 1)) / (frequency + saturation));
    into.set(shortId, (into.get(shortId) ?? 0) + score);
  });
}

/**
 * Combines per-word scores: `all` keeps documents that match every required word, `any` those
 * that match at least one; of those, only the ones `accept` lets through (asked once per
 * candidate; it also refuses discarded versions). A document's score is the sum of its word
 * scores times the number of words it matches (so in `any`, matching more words ranks first);
 * `optional` adds where it matches. Sorted best first, ties by short id (stable across runs).
 */
export function combineWords(
  required: readonly Map<number, number>[],
  optional: Map<number, number> | null,
  mode: 'all' | 'any',
  accept: (shortId: number) => boolean,
): RankedDocument[] {
  const words = required.length > 0 ? required : optional === null ? [] : [optional];
  const extra = required.length > 0 ? optional : null;
  const ranked: RankedDocument[] = [];
  const rank = (shortId: number) => {
    if (!accept(shortId)) return;
    let sum = 0;
    let matched = 0;
    for (const scores of words) {
      const score = scores.get(shortId);
      if (score === undefined) continue;
      sum += score;
      matched++;
    }
    const bonus = extra?.get(shortId);
    if (bonus !== undefined) {
      sum += bonus;
      matched++;
    }
    ranked.push({ shortId, score: sum * matched });
  };
  if (mode === 'all' || words.length === 1) {
    // Candidates: the rarest word's documents that every other word matches too.
    const smallest = words.reduce<Map<number, number> | undefined>(
      (min, scores) => (min === undefined || scores.size < min.size ? scores : min),
      undefined,
    );
    smallest?.forEach((_, shortId) => {
      if (words.every((scores) => scores === smallest || scores.has(shortId))) rank(shortId);
    });
  } else {
    const seen = new Set<number>();
    for (const scores of words)
      scores.forEach((_, shortId) => {
        if (seen.has(shortId)) return;
        seen.add(shortId);
        rank(shortId);
      });
  }
  return ranked.sort((a, b) => b.score - a.score || a.shortId - b.shortId);
}

/** Ranked documents of a query and the index terms its words matched (for highlights). */
export interface RankedSearch {
  /** Best first; see {@link combineWords}. */
  readonly ranked: RankedDocument[];
  /** Every index term any query word matched, with its postings. */
  readonly terms: WeightedTerm[];
}

/**
 * Runs a `words` plan over an index: every required word must match (stem, prefix or within the
 * typo budget); if that finds nothing for a plan of several required words, any word may.
 * `accept` is asked once per candidate (filters, permissions; it refuses discarded versions).
 */
export function rankSearch(
  index: TermSource,
  plan: Extract<SearchPlan, { kind: 'words' }>,
  accept: (shortId: number) => boolean,
): RankedSearch {
  const required = plan.required.map((word) => expandWord(index, word));
  const optional = plan.optional === null ? null : expandWord(index, plan.optional);
  const requiredScores = required.map((terms) => scoreWord(index, terms));
  const optionalScores = optional === null ? null : scoreWord(index, optional);
  let ranked = combineWords(requiredScores, optionalScores, 'all', accept);
  if (ranked.length === 0 && required.length > 1)
    ranked = combineWords(requiredScores, optionalScores, 'any', accept);
  const terms = [...required, ...(optional === null ? [] : [optional])].flat();
  return { ranked, terms };
}

/** The terms among `terms` that occur in a document (any field): what its snippet highlights. */
export function matchedTermsOf(terms: readonly WeightedTerm[], shortId: number): Set<string> {
  const matched = new Set<string>();
  for (const { term, postings } of terms)
    for (const frequencies of postings.values()) if (frequencies.has(shortId)) matched.add(term);
  return matched;
}
