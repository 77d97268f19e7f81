import { foldDiacritics } from '@kring/shared/search';
import type { GlossaryEntryView } from '@kring/shared';

/** Entries whose term, other names or definition contain every word of `filter`. */
export function filterEntries(
  entries: readonly GlossaryEntryView[],
  filter: string,
): GlossaryEntryView[] {
  const words = foldDiacritics(filter)
    .split(/\s+/)
    .filter((word) => word !== '');
  if (words.length === 0) return [...entries];
  return entries.filter((entry) => {
    const text = foldDiacritics(
      [entry.term, ...entry.synonyms, ...entry.abbreviations, entry.definition].join(' '),
    );
    return words.every((word) => text.includes(word));
  });
}
