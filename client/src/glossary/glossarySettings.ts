import { useSyncExternalStore } from 'react';

/** How this person wants glossary terms marked in pages (kept in this browser). */
export interface GlossarySettings {
  /** Mark terms at all. */
  readonly marks: boolean;
  /** Only a term's first occurrence in a page. */
  readonly firstOnly: boolean;
}

const KEY = 'kring:glossary-settings';
const DEFAULTS: GlossarySettings = { marks: true, firstOnly: false };
const listeners = new Set<() => void>();
let current: GlossarySettings | null = null;

function read(): GlossarySettings {
  try {
    const stored = JSON.parse(
      localStorage.getItem(KEY) ?? 'null',
    ) as Partial<GlossarySettings> | null;
    return {
      marks: typeof stored?.marks === 'boolean' ? stored.marks : DEFAULTS.marks,
      firstOnly: typeof stored?.firstOnly === 'boolean' ? stored.firstOnly : DEFAULTS.firstOnly,
    };
  } catch {
    return DEFAULTS;
  }
}

/** The current settings (defaults: marks on, every occurrence). */
export function glossarySettings(): GlossarySettings {
  current ??= read();
  return current;
}

/** Changes the settings; open pages re-mark at once. */
export function setGlossarySettings(change: Partial<GlossarySettings>): void {
  current = { ...glossarySettings(), ...change };
  try {
    localStorage.setItem(KEY, JSON.stringify(current));
  } catch {
    // Private mode or a full quota: the setting holds for this visit only.
  }
  for (const listener of listeners) listener();
}

/** Calls `listener` whenever the settings change; returns the unsubscribe function. */
export function onGlossarySettings(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The settings, re-rendering when they change. */
export function useGlossarySettings(): GlossarySettings {
  return useSyncExternalStore(onGlossarySettings, glossarySettings);
}
