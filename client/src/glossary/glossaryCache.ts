import { GlossaryMatcher } from '@kring/shared/search';
import type { GlossaryEntryView, GlossaryListView } from '@kring/shared';
import { loadGlossaryList } from './glossaryList.js';

/** A community's glossary, ready to mark pages with. */
export interface LoadedGlossary {
  readonly entries: ReadonlyMap<string, GlossaryEntryView>;
  readonly matcher: GlossaryMatcher;
}

const built = new WeakMap<GlossaryListView, LoadedGlossary>();

/** The community's glossary with its term matcher (built once per loaded list). */
export async function loadGlossary(slug: string): Promise<LoadedGlossary> {
  const list = await loadGlossaryList(slug);
  let glossary = built.get(list);
  if (glossary === undefined) {
    glossary = {
      entries: new Map(list.entries.map((entry) => [entry.id, entry])),
      matcher: new GlossaryMatcher(list.entries),
    };
    built.set(list, glossary);
  }
  return glossary;
}
