// `@kring/shared/search`: the text analysis, query planning, scoring and snippets that the server's
// search index and the browser's offline search share. A separate entry point so that screens
// which do not search do not load the stemmers.
export {
  MAX_TERM_CHARS,
  MIN_TERM_CHARS,
  type Token,
  foldDiacritics,
  tokenizeWithOffsets,
  tokenize,
  isStopword,
  stemsOf,
  analyzeWord,
  analyzeText,
} from './analyzer.js';
export { STOPWORDS } from './stopwords.js';
export { SEARCH_FIELDS, FIELD_BOOSTS, type SearchField } from './fields.js';
export {
  type QueryWord,
  type SearchPlan,
  planSearch,
  queryWord,
  typoBudget,
} from './searchQuery.js';
export {
  type TermPostings,
  type FieldWeight,
  type TermSource,
  type RankedDocument,
  type WeightedTerm,
  type RankedSearch,
  DEFAULT_SEARCH_LIMIT,
  maxPrefixTerms,
  expandWord,
  scoreWord,
  combineWords,
  rankSearch,
  matchedTermsOf,
} from './searchExecution.js';
export { boundedEditDistance } from './editDistance.js';
export { type Snippet, SNIPPET_CHARS, SNIPPET_SOURCE_CHARS, buildSnippet } from './snippet.js';
export { type DocumentText, type DocumentTextSource, documentText } from './documentText.js';
export { QUESTION_WORDS, topicOfQuestion } from './questionWords.js';
export { GlossaryMatcher, type GlossaryMatch, type GlossaryTerms } from './glossaryMatcher.js';
