import { analyzeText, analyzeWord, tokenize } from '@kring/shared/search';

/** Shortest shared beginning for two stems to count as one word ("encrypti…", "encrypt…"). */
const MIN_SHARED_PREFIX = 5;

/** The index terms of each word of a question's topic (stopwords left out). */
export type QueryWords = readonly (readonly string[])[];

function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= MIN_SHARED_PREFIX && long.startsWith(short);
}

/** The words of a question's topic as {@link expertiseCoverage} takes them. */
export function queryWordsOf(topic: string): QueryWords {
  return tokenize(topic)
    .map((word) => analyzeWord(word))
    .filter((terms) => terms.length > 0);
}

/**
 * How well a declared expertise topic covers a question's topic: the fraction (0 to 1) of the
 * question's words the topic contains, with the same analysis as search (diacritics, Dutch and
 * English stems) and word beginnings, so "encryptie" covers "encryption".
 */
export function expertiseCoverage(words: QueryWords, topic: string): number {
  if (words.length === 0) return 0;
  const topicTerms = analyzeText(topic);
  const covered = words.filter((terms) =>
    terms.some((term) => topicTerms.some((each) => sameWord(each, term))),
  ).length;
  return covered / words.length;
}
