import { stemmer as dutchStemmer } from '@orama/stemmers/dutch';
import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { STOPWORDS } from './stopwords.js';

/**
 * Text analysis shared by indexing, querying and snippets: one tokenizer, one folding, one
 * stemming, so a word in a query and the same word in a document always become the same terms.
 *
 * Language: every term is stemmed with BOTH the Dutch and the English Snowball stemmer, and both
 * stems are indexed (once, when they are equal). Guessing the language per document was the
 * alternative, but Kring's documents mix the two all the time (Dutch notes full of English
 * terms, an English abstract in a Dutch report) and a title is too short to guess from; a wrong
 * guess makes a word unfindable in its own language. Indexing both stems costs some index size
 * (measured in bench/RESULTS.md) and needs no guess on either side. English words mostly pass
 * the Dutch stemmer nearly unchanged and vice versa, which also keeps a long, prefix-friendly
 * form of every word in the index.
 */

/** Longest token that is indexed; longer runs of letters are hashes, base64 or noise. */
export const MAX_TERM_CHARS = 48;

/** Shortest token that is indexed: one-letter tokens carry no meaning. */
export const MIN_TERM_CHARS = 2;

/** One word of a text and where it is, as UTF-16 offsets into that text. */
export interface Token {
  /** The word as written. */
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

// Letters, combining marks (decomposed diacritics stay inside their word) and digits.
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const COMBINING_MARKS = /\p{M}/gu;

/**
 * Lower case without diacritics: `Ideeën` → `ideeen`, `café` → `cafe`. NFKD rather than NFD so that
 * compatibility characters fold too (the Dutch `ĳ` ligature → `ij`, `ﬁ` → `fi`).
 */
export function foldDiacritics(text: string): string {
  return text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
}

/**
 * The words of a text with their offsets, lazily (a caller may stop early). Punctuation, spaces
 * and symbols separate words.
 */
export function* tokenizeWithOffsets(text: string): Generator<Token, void, undefined> {
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    yield { word: match[0], start, end: start + match[0].length };
  }
}

/** Splits a text into words (what the engine calls tokenizing). */
export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** True when a folded word is a stopword. */
export function isStopword(folded: string): boolean {
  return STOPWORDS.has(folded);
}

/**
 * The stems of an already folded word: its Dutch stem, and its English stem when that differs.
 * The Dutch stem comes first: it is usually the longer one, so prefix and typo matching use it.
 */
export function stemsOf(folded: string): string[] {
  const dutch = dutchStemmer(folded);
  const english = englishStemmer(folded);
  return dutch === english ? [dutch] : [dutch, english];
}

/** Words analysed recently. Word frequencies are skewed, so a small memo saves most stemming. */
const memo = new Map<string, readonly string[]>();
const MEMO_WORDS = 50_000;
const NO_TERMS: readonly string[] = Object.freeze([]);

/**
 * The index terms of one word as it appears in a document: folded, stemmed both ways; none for a
 * stopword, a one-letter word or an overlong token. The returned array is shared: do not change it.
 */
export function analyzeWord(word: string): readonly string[] {
  const known = memo.get(word);
  if (known !== undefined) return known;
  const folded = foldDiacritics(word);
  const terms =
    folded.length < MIN_TERM_CHARS || folded.length > MAX_TERM_CHARS || isStopword(folded)
      ? NO_TERMS
      : Object.freeze(stemsOf(folded));
  if (memo.size >= MEMO_WORDS) memo.clear();
  memo.set(word, terms);
  return terms;
}

/** All index terms of a text, in order (with repetitions, for term frequencies). */
export function analyzeText(text: string): string[] {
  return tokenize(text).flatMap(analyzeWord);
}
