import { analyzeWord, foldDiacritics, tokenizeWithOffsets, type Token } from './analyzer.js';

/** What the matcher needs of a glossary entry. */
export interface GlossaryTerms {
  readonly id: string;
  readonly term: string;
  readonly synonyms: readonly string[];
  /** Matched only as written (case-sensitive, whole word): "AVG" is not "avg". */
  readonly abbreviations: readonly string[];
}

/** One place in a text where a glossary entry's term occurs (UTF-16 offsets). */
export interface GlossaryMatch {
  readonly entryId: string;
  readonly start: number;
  readonly end: number;
}

/** A phrase to look for: per word, the keys any one of which a text word must have. */
interface Phrase {
  readonly entryId: string;
  readonly words: readonly (readonly string[])[];
}

/** Words may be joined by spaces or a hyphen ("zero-knowledge proof"), nothing else. */
const JOINER = /^[\s\u00a0-]*$/;

/** Plural and inflection endings the stemmers leave on words ending in a vowel ("ideeën"). */
const ENDINGS = /(?:en|es|s|n)$/;

/**
 * The keys of one word: its stems (so "encrypties" meets "encryptie", "proofs" meets "proof"),
 * the folded word, and the folded word without a plural ending (the stemmers keep "ideeen" and
 * "technologieen" apart from "idee" and "technologie"). A stopword or one-letter word has only
 * its folded form (so "recht op vergetelheid" needs its "op").
 */
function keysOf(word: string): readonly string[] {
  const folded = foldDiacritics(word);
  const stems = analyzeWord(word);
  if (stems.length === 0) return [folded];
  const bare = folded.replace(ENDINGS, '');
  const keys = new Set([...stems, folded]);
  if (bare.length >= 4) keys.add(bare);
  return [...keys];
}

/**
 * Finds glossary terms in text the way search finds words: Dutch and English inflections
 * (through the search analyzer's stems), diacritics and case folded, multi-word terms across
 * spaces and hyphens; abbreviations only as written. Longest match first, never overlapping.
 * Build it once per glossary; {@link GlossaryMatcher.find} is then linear in the text.
 */
export class GlossaryMatcher {
  /** Phrases by a key of their first word, longest first. */
  private readonly byFirstKey = new Map<string, Phrase[]>();
  /** Abbreviations as written → entry id. */
  private readonly abbreviations = new Map<string, string>();
  private readonly longestPhrase: number;

  constructor(entries: readonly GlossaryTerms[]) {
    let longest = 1;
    for (const entry of entries) {
      for (const text of [entry.term, ...entry.synonyms]) {
        const words = [...tokenizeWithOffsets(text)].map((token) => keysOf(token.word));
        if (words.length === 0) continue;
        longest = Math.max(longest, words.length);
        for (const key of words[0]!) {
          const list = this.byFirstKey.get(key) ?? [];
          list.push({ entryId: entry.id, words });
          this.byFirstKey.set(key, list);
        }
      }
      for (const abbreviation of entry.abbreviations) {
        const word = abbreviation.trim();
        if (word !== '' && !this.abbreviations.has(word)) this.abbreviations.set(word, entry.id);
      }
    }
    for (const list of this.byFirstKey.values())
      list.sort((a, b) => b.words.length - a.words.length);
    this.longestPhrase = longest;
  }

  /** True when the glossary has nothing to find. */
  get isEmpty(): boolean {
    return this.byFirstKey.size === 0 && this.abbreviations.size === 0;
  }

  /** Every occurrence in `text`, in order. */
  find(text: string): GlossaryMatch[] {
    if (this.isEmpty) return [];
    const tokens = [...tokenizeWithOffsets(text)];
    const keys: (readonly string[] | undefined)[] = new Array(tokens.length);
    const keysAt = (i: number) => (keys[i] ??= keysOf(tokens[i]!.word));
    const matches: GlossaryMatch[] = [];
    let i = 0;
    while (i < tokens.length) {
      const found = this.phraseAt(text, tokens, i, keysAt) ?? this.abbreviationAt(tokens, i);
      if (found === null) {
        i++;
        continue;
      }
      matches.push({
        entryId: found.entryId,
        start: tokens[i]!.start,
        end: tokens[i + found.length - 1]!.end,
      });
      i += found.length;
    }
    return matches;
  }

  private phraseAt(
    text: string,
    tokens: readonly Token[],
    at: number,
    keysAt: (i: number) => readonly string[],
  ): { entryId: string; length: number } | null {
    let best: { entryId: string; length: number } | null = null;
    for (const key of keysAt(at)) {
      for (const phrase of this.byFirstKey.get(key) ?? []) {
        const length = phrase.words.length;
        if (best !== null && best.length >= length) break;
        if (at + length > tokens.length || length > this.longestPhrase) continue;
        if (this.phraseMatches(text, tokens, at, phrase, keysAt)) {
          best = { entryId: phrase.entryId, length };
          break;
        }
      }
    }
    return best;
  }

  private phraseMatches(
    text: string,
    tokens: readonly Token[],
    at: number,
    phrase: Phrase,
    keysAt: (i: number) => readonly string[],
  ): boolean {
    for (let k = 1; k < phrase.words.length; k++) {
      const previous = tokens[at + k - 1]!;
      const current = tokens[at + k]!;
      if (!JOINER.test(text.slice(previous.end, current.start))) return false;
      const wanted = phrase.words[k]!;
      if (!keysAt(at + k).some((key) => wanted.includes(key))) return false;
    }
    return true;
  }

  private abbreviationAt(
    tokens: readonly Token[],
    at: number,
  ): { entryId: string; length: number } | null {
    const entryId = this.abbreviations.get(tokens[at]!.word);
    return entryId === undefined ? null : { entryId, length: 1 };
  }
}
