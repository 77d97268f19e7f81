import { useEffect, useState } from 'react';
import type { GlossaryListView } from '@kring/shared';
import { api } from '../api/api.js';

const lists = new Map<string, Promise<GlossaryListView>>();
const listeners = new Set<(slug: string) => void>();

/** A community's glossary entries, loaded once per visit (again after {@link forgetGlossary}). */
export function loadGlossaryList(slug: string): Promise<GlossaryListView> {
  let list = lists.get(slug);
  if (list === undefined) {
    list = api.glossary.list(slug);
    // A failure (offline) is not kept: the next page tries again.
    list.catch(() => lists.delete(slug));
    lists.set(slug, list);
  }
  return list;
}

/** Drops a community's glossary after a change; open pages load and mark it again. */
export function forgetGlossary(slug: string): void {
  lists.delete(slug);
  for (const listener of listeners) listener(slug);
}

/** Calls `listener` with the slug whenever a glossary changed; returns the unsubscribe function. */
export function onGlossaryChange(listener: (slug: string) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Whether the community has glossary entries (false while unknown, offline, or for no
 * community): pages load the marking code only when there is something to mark.
 */
export function useHasGlossary(slug: string | null): boolean {
  const [has, setHas] = useState(false);
  const [version, setVersion] = useState(0);
  useEffect(
    () => onGlossaryChange((changed) => changed === slug && setVersion((n) => n + 1)),
    [slug],
  );
  useEffect(() => {
    if (slug === null) return undefined;
    let current = true;
    loadGlossaryList(slug).then(
      (list) => current && setHas(list.entries.length > 0),
      () => current && setHas(false),
    );
    return () => {
      current = false;
    };
  }, [slug, version]);
  return has;
}
