import { GlossaryMatcher } from '@kring/shared/search';
import type { GlossaryEntryView } from '@kring/shared';
import { api } from '../api/api.js';

/** A community's glossary, ready to mark pages with. */
export interface LoadedGlossary {
  readonly entries: ReadonlyMap<string, GlossaryEntryView>;
  readonly matcher: GlossaryMatcher;
}

const loaded = new Map<string, Promise<LoadedGlossary>>();
const listeners = new Set<(slug: string) => void>();

/** The community's glossary, loaded once per visit (again after {@link forgetGlossary}). */
export function loadGlossary(slug: string): Promise<LoadedGlossary> {
  let glossary = loaded.get(slug);
  if (glossary === undefined) {
    glossary = api.glossary.list(slug).then(({ entries }) => ({
      entries: new Map(entries.map((entry) => [entry.id, entry])),
      matcher: new GlossaryMatcher(entries),
    }));
    // A failure (offline) is not kept: the next page tries again.
    glossary.catch(() => loaded.delete(slug));
    loaded.set(slug, glossary);
  }
  return glossary;
}

/** Drops a community's glossary after a change; open pages load and mark it again. */
export function forgetGlossary(slug: string): void {
  loaded.delete(slug);
  for (const listener of listeners) listener(slug);
}

/** Calls `listener` with the slug whenever a glossary changed; returns the unsubscribe function. */
export function onGlossaryChange(listener: (slug: string) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
