import {
  MAX_TERM_CHARS,
  MIN_TERM_CHARS,
  foldDiacritics,
  isStopword,
  stemsOf,
  tokenize,
} from './analyzer.js';

/** One word of a query and the index terms it may match. */
export interface QueryWord {
  /** The word folded, and its Dutch and English stems: matched exactly (full weight). */
  readonly exact: readonly string[];
  /** Indexed terms starting with this match too (the word being typed; compound heads). */
  readonly prefix: string | null;
  /** Indexed terms within `distance` edits of `term` match too (typos). */
  readonly fuzzy: { readonly term: string; readonly distance: number } | null;
}

/**
 * What a search box string asks for:
 * - `none`: nothing searchable (only stopwords or punctuation);
 * - `all`: an empty query (every document the filters let through);
 * - `words`: documents matching every `required` word (if none does and there are several, any
 *   of them); `optional` adds to the score where it matches (a trailing stopword that may be the
 *   start of a longer word: over → overheid). With no required word, `optional` is required.
 */
export type SearchPlan =
  | { readonly kind: 'none' }
  | { readonly kind: 'all' }
  | { readonly kind: 'words'; readonly required: QueryWord[]; readonly optional: QueryWord | null };

/** Shortest word that gets prefix matching when it is not the last (compounds: privacy…). */
const PREFIX_MIN_CHARS = 4;
/** Shortest last word that gets prefix matching (results as you type). */
const LAST_PREFIX_MIN_CHARS = 2;
/** Shortest word that tolerates one typo; {@link TWO_TYPOS_MIN_CHARS} tolerates two. */
const ONE_TYPO_MIN_CHARS = 4;
const TWO_TYPOS_MIN_CHARS = 8;
/** Shortest trailing stopword kept as an optional prefix. */
const OPTIONAL_STOPWORD_MIN_CHARS = 3;

/**
 * Turns a search box string into a {@link SearchPlan}. Each word matches its folded form and its
 * Dutch and English stems exactly; the folded form also as a prefix (always for the last word,
 * from 4 letters for the others: compound heads such as privacy → privacyverklaring); the Dutch
 * stem (the longer one, see analyzer.ts) also within a typo budget. Stopwords are dropped.
 */
export function planSearch(text: string): SearchPlan {
  const words = tokenize(text)
    .map(foldDiacritics)
    .filter((w) => w.length >= MIN_TERM_CHARS && w.length <= MAX_TERM_CHARS);
  if (words.length === 0) return tokenize(text).length === 0 ? { kind: 'all' } : { kind: 'none' };
  const lastIndex = words.length - 1;
  const required: QueryWord[] = [];
  let optional: QueryWord | null = null;
  for (const [index, word] of words.entries()) {
    const last = index === lastIndex;
    if (!isStopword(word)) required.push(queryWord(word, last));
    else if (last && word.length >= OPTIONAL_STOPWORD_MIN_CHARS) optional = queryWord(word, true);
  }
  if (required.length === 0 && optional === null) return { kind: 'none' };
  return { kind: 'words', required, optional };
}

/** The {@link QueryWord} of a folded word. */
export function queryWord(folded: string, last: boolean): QueryWord {
  const stems = stemsOf(folded);
  const typos = typoBudget(folded.length);
  return {
    exact: [...new Set([folded, ...stems])],
    prefix: folded.length >= (last ? LAST_PREFIX_MIN_CHARS : PREFIX_MIN_CHARS) ? folded : null,
    fuzzy: typos > 0 ? { term: stems[0] ?? folded, distance: typos } : null,
  };
}

/** Edit distance tolerated for a word of `length` letters: 0, 1 or 2. */
export function typoBudget(length: number): number {
  if (length >= TWO_TYPOS_MIN_CHARS) return 2;
  return length >= ONE_TYPO_MIN_CHARS ? 1 : 0;
}
