import { analyzeText, analyzeWord, foldDiacritics, tokenize } from '@kring/shared/search';
import type { QuestionRecord } from '../storage/meta/records.js';

/** One word of a search, folded, with its stems (none for stopwords and one-letter words). */
interface SearchWord {
  readonly folded: string;
  readonly stems: readonly string[];
}

/**
 * A filter for `GET /api/communities/:slug/questions?q=`: a question matches when every word of
 * `q` is in its title, text or answers, ignoring case and diacritics, either as part of a word
 * (`aanbest` finds `aanbesteding`) or by a shared Dutch or English stem (`aanbesteden` finds
 * `aanbesteding`, `procurement` finds `procured`). Stopwords in `q` are ignored unless `q` has
 * nothing else. `null` when `q` has no words (everything matches).
 */
export function questionMatcher(q: string): ((question: QuestionRecord) => boolean) | null {
  const all: SearchWord[] = tokenize(q).map((word) => ({
    folded: foldDiacritics(word),
    stems: analyzeWord(word),
  }));
  if (all.length === 0) return null;
  const meaningful = all.filter((word) => word.stems.length > 0);
  const words = meaningful.length > 0 ? meaningful : all;
  return (question) => {
    const text = [question.title, question.body, ...question.answers.map((each) => each.body)].join(
      '\n',
    );
    const folded = foldDiacritics(text);
    let stems: ReadonlySet<string> | null = null;
    return words.every((word) => {
      if (folded.includes(word.folded)) return true;
      stems ??= new Set(analyzeText(text));
      const known = stems;
      return word.stems.some((stem) => known.has(stem));
    });
  };
}
