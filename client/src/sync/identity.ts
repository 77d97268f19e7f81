import { parseJson, readItem, writeItem } from './localStore.js';
import { shallowEqual, Store } from './Store.js';

/**
 * How this browser appears to others while no account is known: a guest number, used in the name
 * and as the key of the caret colour. (Account colours come from the account id.)
 */
export interface Identity {
  /** Number used in the "Guest N" name while no account name is known. */
  readonly guestNumber: number;
}

const STORAGE_KEY = 'kring:identity';

function randomGuestNumber(): number {
  return 100 + ((crypto.getRandomValues(new Uint32Array(1))[0] ?? 0) % 900);
}

/** Parses a stored identity; anything missing or corrupt is replaced by a fresh default. */
export function parseIdentity(raw: string | null): Identity {
  const value = parseJson(raw);
  const record =
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const guestNumber =
    typeof record['guestNumber'] === 'number' && Number.isSafeInteger(record['guestNumber'])
      ? record['guestNumber']
      : randomGuestNumber();
  return { guestNumber };
}

function load(): Identity {
  const raw = readItem(STORAGE_KEY);
  const identity = parseIdentity(raw);
  const serialized = JSON.stringify(identity);
  // Persist the generated guest number so they stay the same on every visit (a name or
  // colour stored by an older version is dropped: both now come from the account).
  if (serialized !== raw) writeItem(STORAGE_KEY, serialized);
  return identity;
}

/** This browser's identity, kept in localStorage. */
export const identityStore = new Store<Identity>(load(), shallowEqual);

globalThis.addEventListener?.('storage', (event: StorageEvent) => {
  if (event.key === STORAGE_KEY) identityStore.set(parseIdentity(event.newValue));
});
