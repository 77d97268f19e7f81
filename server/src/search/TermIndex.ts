import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import {
  FIELD_BOOSTS,
  SEARCH_FIELDS,
  analyzeWord,
  tokenize,
  type FieldWeight,
  type TermPostings,
  type TermSource,
} from '@kring/shared/search';

/** What the engine indexes per document: the searchable fields. */
export interface EngineDocument {
  readonly id: string;
  readonly title: string;
  readonly tags: string;
  readonly body: string;
}

function options(): Options<EngineDocument> {
  return {
    idField: 'id',
    fields: [...SEARCH_FIELDS],
    storeFields: [],
    tokenize,
    processTerm: (word) => {
      const terms = analyzeWord(word);
      return terms.length === 0 ? null : [...terms];
    },
  };
}

/**
 * MiniSearch as the term dictionary and postings store: it analyses and indexes documents,
 * discards replaced ones (vacuuming their postings in the background), keeps the terms in a radix
 * tree (prefix and typo look-ups) and serialises all of it. Scoring is NOT MiniSearch's: its search
 * allocates a result object per matching posting, which for common words in 10,000 two-page
 * documents costs more than the 50 ms budget; searchExecution.ts scores over these postings
 * directly. This subclass exposes the read-only views that needs (MiniSearch's protected state)
 * as the shared {@link TermSource}.
 */
export class TermIndex extends MiniSearch<EngineDocument> implements TermSource {
  /** An empty index. */
  static create(): TermIndex {
    return new TermIndex(options());
  }

  /** Restores {@link MiniSearch.toJSON} output; throws when it is not valid. */
  static restore(json: AsPlainObject): TermIndex {
    // MiniSearch.loadJS always constructs a plain MiniSearch (not `this`); this subclass adds
    // methods only, no state, so giving the loaded instance its prototype is sound.
    return Object.setPrototypeOf(
      MiniSearch.loadJS(json, options()),
      TermIndex.prototype,
    ) as TermIndex;
  }

  /** The searchable fields with their boosts. */
  fieldWeights(): FieldWeight[] {
    return SEARCH_FIELDS.map((field) => ({
      fieldId: this.fieldId(field),
      boost: FIELD_BOOSTS[field],
    }));
  }

  /** Postings of an exact term, if indexed. */
  postings(term: string): TermPostings | undefined {
    return this._index.get(term);
  }

  /** Up to `max` indexed terms that start with `prefix` (not `prefix` itself), shortest first. */
  termsWithPrefix(prefix: string, max: number): [string, TermPostings][] {
    const found: [string, TermPostings][] = [];
    for (const [term, postings] of this._index.atPrefix(prefix))
      if (term.length > prefix.length) found.push([term, postings]);
    found.sort((a, b) => a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1));
    return found.length > max ? found.slice(0, max) : found;
  }

  /** Indexed terms within `distance` edits of `term` (not `term` itself), with their distance. */
  termsNear(term: string, distance: number): [string, TermPostings, number][] {
    const found: [string, TermPostings, number][] = [];
    for (const [near, [postings, d]] of this._index.fuzzyGet(term, distance))
      if (d > 0) found.push([near, postings, d]);
    return found;
  }

  /** The live document with this short id, or undefined when it was discarded. */
  documentId(shortId: number): string | undefined {
    return this._documentIds.get(shortId) as string | undefined;
  }

  /** Number of distinct terms in a field of a document (BM25's document length). */
  fieldLength(shortId: number, fieldId: number): number {
    return this._fieldLength.get(shortId)?.[fieldId] ?? 0;
  }

  /** Average {@link TermIndex.fieldLength} over live documents. */
  averageFieldLength(fieldId: number): number {
    return this._avgFieldLength[fieldId] ?? 1;
  }

  private fieldId(field: string): number {
    const id = this._fieldIds[field];
    if (id === undefined) throw new Error(`unknown field ${field}`);
    return id;
  }
}
