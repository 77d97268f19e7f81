import {
  FIELD_BOOSTS,
  SEARCH_FIELDS,
  analyzeWord,
  boundedEditDistance,
  tokenize,
  type FieldWeight,
  type TermPostings,
  type TermSource,
} from '@kring/shared/search';

/**
 * The analysed fields of one document version: per field (in {@link SEARCH_FIELDS} order) its
 * index terms with their frequencies and its length as BM25 counts it. Computing this is the
 * expensive part of indexing (tokenizing and stemming), so callers keep it per document version.
 */
export interface AnalysedFields {
  /** Per field, its distinct index terms… */
  readonly terms: readonly (readonly string[])[];
  /** …and, at the same positions, how often each occurs. */
  readonly frequencies: readonly Uint32Array[];
  readonly lengths: readonly number[];
}

/**
 * Analyses a document's field texts (title, tags, body) exactly as the server's term index does:
 * the shared tokenizer and `analyzeWord` (folding, stopwords, Dutch and English stems), each stem
 * counted per occurrence; a field's length is its number of distinct words as written (what
 * MiniSearch records), stopwords included.
 */
export function analyseFields(texts: readonly string[]): AnalysedFields {
  const terms: string[][] = [];
  const counts: Uint32Array[] = [];
  const lengths: number[] = [];
  for (const text of texts) {
    // Count words first and analyse each distinct word once: a body repeats most of its words.
    const words = new Map<string, number>();
    for (const word of tokenize(text)) words.set(word, (words.get(word) ?? 0) + 1);
    const frequencies = new Map<string, number>();
    words.forEach((count, word) => {
      for (const term of analyzeWord(word))
        frequencies.set(term, (frequencies.get(term) ?? 0) + count);
    });
    // Kept as arrays: hundreds of documents' worth of small maps would weigh on memory and GC.
    terms.push([...frequencies.keys()]);
    counts.push(Uint32Array.from(frequencies.values()));
    lengths.push(words.size);
  }
  return { terms, frequencies: counts, lengths };
}

type MutablePostings = Map<number, Map<number, number>>;

/**
 * An in-memory term dictionary over {@link AnalysedFields}, for the browser: the shared
 * {@link TermSource} that `@kring/shared/search` scores over, without MiniSearch. Prefix and typo
 * look-ups scan the vocabulary (a few tens of thousands of terms for hundreds of documents),
 * typos with the same Levenshtein distance as the server's radix tree. Removal takes a
 * document's postings out at once, so statistics never count replaced versions.
 */
export class OfflineTermIndex implements TermSource {
  private readonly index = new Map<string, MutablePostings>();
  private readonly shortIds = new Map<string, number>();
  private readonly ids = new Map<number, string>();
  private readonly fields = new Map<number, AnalysedFields>();
  private readonly totalLengths: number[] = SEARCH_FIELDS.map(() => 0);
  private nextShortId = 0;

  /** Number of documents in the index. */
  get documentCount(): number {
    return this.fields.size;
  }

  /** Adds a document (replacing an earlier version of it); returns its new short id. */
  add(id: string, analysed: AnalysedFields): number {
    this.remove(id);
    const shortId = this.nextShortId++;
    this.shortIds.set(id, shortId);
    this.ids.set(shortId, id);
    this.fields.set(shortId, analysed);
    analysed.terms.forEach((terms, fieldId) => {
      this.totalLengths[fieldId] =
        (this.totalLengths[fieldId] ?? 0) + (analysed.lengths[fieldId] ?? 0);
      const counts = analysed.frequencies[fieldId] as Uint32Array;
      terms.forEach((term, i) => {
        let postings = this.index.get(term);
        if (postings === undefined) this.index.set(term, (postings = new Map()));
        let frequencies = postings.get(fieldId);
        if (frequencies === undefined) postings.set(fieldId, (frequencies = new Map()));
        frequencies.set(shortId, counts[i] as number);
      });
    });
    return shortId;
  }

  /** Removes a document; no-op when it is not indexed. */
  remove(id: string): void {
    const shortId = this.shortIds.get(id);
    if (shortId === undefined) return;
    const analysed = this.fields.get(shortId);
    this.shortIds.delete(id);
    this.ids.delete(shortId);
    this.fields.delete(shortId);
    if (analysed === undefined) return;
    analysed.terms.forEach((terms, fieldId) => {
      this.totalLengths[fieldId] =
        (this.totalLengths[fieldId] ?? 0) - (analysed.lengths[fieldId] ?? 0);
      for (const term of terms) {
        const postings = this.index.get(term);
        const frequencies = postings?.get(fieldId);
        if (postings === undefined || frequencies === undefined) continue;
        frequencies.delete(shortId);
        if (frequencies.size === 0) postings.delete(fieldId);
        if (postings.size === 0) this.index.delete(term);
      }
    });
  }

  /** The short id of an indexed document. */
  shortIdOf(id: string): number | undefined {
    return this.shortIds.get(id);
  }

  /** The document id of a short id, or undefined when it is not (or no longer) indexed. */
  documentId(shortId: number): string | undefined {
    return this.ids.get(shortId);
  }

  /** The indexed document ids. */
  documentIds(): IterableIterator<string> {
    return this.shortIds.keys();
  }

  fieldWeights(): FieldWeight[] {
    return SEARCH_FIELDS.map((field, fieldId) => ({ fieldId, boost: FIELD_BOOSTS[field] }));
  }

  postings(term: string): TermPostings | undefined {
    return this.index.get(term);
  }

  termsWithPrefix(prefix: string, max: number): [string, TermPostings][] {
    const found: [string, TermPostings][] = [];
    for (const [term, postings] of this.index)
      if (term.length > prefix.length && term.startsWith(prefix)) found.push([term, postings]);
    found.sort((a, b) => a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1));
    return found.length > max ? found.slice(0, max) : found;
  }

  termsNear(term: string, distance: number): [string, TermPostings, number][] {
    const found: [string, TermPostings, number][] = [];
    const shortest = term.length - distance;
    const longest = term.length + distance;
    for (const [near, postings] of this.index) {
      if (near.length < shortest || near.length > longest) continue;
      const d = boundedEditDistance(term, near, distance);
      if (d > 0 && d <= distance) found.push([near, postings, d]);
    }
    return found;
  }

  fieldLength(shortId: number, fieldId: number): number {
    return this.fields.get(shortId)?.lengths[fieldId] ?? 0;
  }

  averageFieldLength(fieldId: number): number {
    const count = this.fields.size;
    return count === 0 ? 0 : (this.totalLengths[fieldId] ?? 0) / count;
  }
}
