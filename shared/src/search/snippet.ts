import { analyzeWord, tokenizeWithOffsets, type Token } from './analyzer.js';

/** A short excerpt of a document body with the matched words marked. */
export interface Snippet {
  /** The excerpt; `…` marks where it was cut from a longer text. */
  readonly text: string;
  /** `[start, end)` UTF-16 offsets into `text` of each matched word, in order, not overlapping. */
  readonly highlights: [number, number][];
}

/** How long a snippet is, about: the window is cut at word boundaries within it. */
export const SNIPPET_CHARS = 160;

/**
 * Body text kept per document to cut snippets from. The whole body is indexed; only this much is
 * kept to show, which bounds memory (and the server's snapshot) for very long documents.
 */
export const SNIPPET_SOURCE_CHARS = 30_000;

/** How much text before the first match the window keeps, so the match has some context. */
const LEAD_CHARS = 40;

const ELLIPSIS = '…';

/** How far past the first match the body is searched for a better window. */
const SCAN_AFTER_FIRST_CHARS = 1000;

/**
 * A ~{@link SNIPPET_CHARS} window of `body` around its best match: the window that holds the most
 * different matched terms (then the most matches), starting a little before its first match.
 * A word matches when one of its index terms is in `matchedTerms` (the engine's matched index
 * terms, so stems, prefix and typo matches all highlight the word that caused them). Without any
 * match in the body (a title-only match) the snippet is the start of the body.
 */
export function buildSnippet(body: string, matchedTerms: ReadonlySet<string>): Snippet {
  const matches = findMatches(body, matchedTerms);
  if (matches.length === 0) return cut(body, 0, []);
  const best = bestWindow(matches);
  const first = matches[best.from] as MatchedToken;
  let start = Math.max(0, first.start - LEAD_CHARS);
  while (insideWord(body, start)) start++; // never beyond first.start: a word starts there
  return cut(body, start, matches);
}

interface MatchedToken extends Token {
  readonly terms: readonly string[];
}

/**
 * The matched words of the body, scanning from the start and stopping {@link SCAN_AFTER_FIRST_CHARS}
 * after the first match: the best window is looked for near the first match, so a snippet costs
 * the same for a two-page and a two-hundred-page document.
 */
function findMatches(body: string, matchedTerms: ReadonlySet<string>): MatchedToken[] {
  if (matchedTerms.size === 0) return [];
  // Cheap pre-check before stemming: a stem starts with the (folded) first letter of its word.
  // Words starting with a non-ASCII letter (É…) are always analysed.
  const initials = new Set([...matchedTerms].map((term) => term.charCodeAt(0)));
  const matches: MatchedToken[] = [];
  let stopAt = body.length;
  for (const token of tokenizeWithOffsets(body)) {
    if (token.start > stopAt) break;
    const code = token.word.charCodeAt(0);
    const initial = code >= 65 && code <= 90 ? code + 32 : code; // A–Z → a–z
    if (initial < 128 && !initials.has(initial)) continue;
    const terms = analyzeWord(token.word).filter((term) => matchedTerms.has(term));
    if (terms.length === 0) continue;
    if (matches.length === 0) stopAt = token.start + SCAN_AFTER_FIRST_CHARS;
    matches.push({ ...token, terms });
  }
  return matches;
}

/** The run of matches within one window with the most distinct terms, then the most matches. */
function bestWindow(matches: readonly MatchedToken[]): { from: number } {
  let best = { from: 0, distinct: 0, count: 0 };
  for (let from = 0; from < matches.length; from++) {
    const windowStart = (matches[from] as MatchedToken).start;
    const distinct = new Set<string>();
    let count = 0;
    for (let i = from; i < matches.length; i++) {
      const match = matches[i] as MatchedToken;
      if (match.end - windowStart > SNIPPET_CHARS - LEAD_CHARS) break;
      for (const term of match.terms) distinct.add(term);
      count++;
    }
    if (distinct.size > best.distinct || (distinct.size === best.distinct && count > best.count))
      best = { from, distinct: distinct.size, count };
  }
  return best;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** True when `position` is inside a word (a word character on both sides). */
function insideWord(body: string, position: number): boolean {
  return (
    position > 0 &&
    position < body.length &&
    WORD_CHAR.test(body.charAt(position - 1)) &&
    WORD_CHAR.test(body.charAt(position))
  );
}

/** Cuts `[start, start + SNIPPET_CHARS)` at word boundaries and maps match offsets into it. */
function cut(body: string, start: number, matches: readonly MatchedToken[]): Snippet {
  let end = Math.min(body.length, start + SNIPPET_CHARS);
  // Cut before a word rather than through it (a matched word is never cut: it ends before `end`).
  while (end > start + SNIPPET_CHARS / 2 && insideWord(body, end)) end--;
  const prefix = start > 0 ? ELLIPSIS : '';
  const suffix = end < body.length ? ELLIPSIS : '';
  const text = prefix + body.slice(start, end).replace(/\n/g, ' ') + suffix;
  const highlights: [number, number][] = [];
  for (const match of matches) {
    if (match.start < start || match.end > end) continue;
    const offset = prefix.length - start;
    highlights.push([match.start + offset, match.end + offset]);
  }
  return { text, highlights };
}
