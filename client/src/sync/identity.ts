import { MAX_DISPLAY_NAME_LENGTH } from '@kring/shared';
import { parseJson, readItem, writeItem } from './localStore.js';
import { isHexColor, randomPersonColor } from './palette.js';
import { shallowEqual, Store } from './Store.js';

/** How this browser's person appears to others. */
export interface Identity {
  /** The chosen display name, or null while the person has not chosen one. */
  readonly name: string | null;
  /** Caret and swatch colour, `#rrggbb`. */
  readonly color: string;
  /** Number used in the default "Guest N" name until a name is chosen. */
  readonly guestNumber: number;
}

const STORAGE_KEY = 'kring:identity';

/** Trims and shortens a display name; returns null if nothing is left. */
export function normalizeDisplayName(input: string): string | null {
  const name = input.replace(/\s+/g, ' ').trim().slice(0, MAX_DISPLAY_NAME_LENGTH).trim();
  return name === '' ? null : name;
}

function randomGuestNumber(): number {
  return 100 + ((crypto.getRandomValues(new Uint32Array(1))[0] ?? 0) % 900);
}

/** Parses a stored identity; anything missing or corrupt is replaced by a fresh default. */
export function parseIdentity(raw: string | null): Identity {
  const value = parseJson(raw);
  const record =
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const name = typeof record['name'] === 'string' ? normalizeDisplayName(record['name']) : null;
  const color = isHexColor(record['color']) ? record['color'] : randomPersonColor();
  const guestNumber =
    typeof record['guestNumber'] === 'number' && Number.isSafeInteger(record['guestNumber'])
      ? record['guestNumber']
      : randomGuestNumber();
  return { name, color, guestNumber };
}

function load(): Identity {
  const raw = readItem(STORAGE_KEY);
  const identity = parseIdentity(raw);
  const serialized = JSON.stringify(identity);
  // Persist the generated colour and guest number so they stay the same on every visit.
  if (serialized !== raw) writeItem(STORAGE_KEY, serialized);
  return identity;
}

/** This browser's identity, kept in localStorage. */
export const identityStore = new Store<Identity>(load(), shallowEqual);

/** Sets the display name (normalised; an empty name returns to the guest name). */
export function setDisplayName(input: string): void {
  const next = { ...identityStore.getSnapshot(), name: normalizeDisplayName(input) };
  identityStore.set(next);
  writeItem(STORAGE_KEY, JSON.stringify(next));
}

globalThis.addEventListener?.('storage', (event: StorageEvent) => {
  if (event.key === STORAGE_KEY) identityStore.set(parseIdentity(event.newValue));
});
