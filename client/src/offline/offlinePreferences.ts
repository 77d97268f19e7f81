import { parseJson, readItem, writeItem } from '../sync/localStore.js';

const key = (userId: string) => `kring:offline-off:${userId}`;

/** Slugs of the communities this person switched "available offline" off for, on this device. */
export function offlineSwitchedOff(userId: string): ReadonlySet<string> {
  const value = parseJson(readItem(key(userId)));
  return new Set(
    Array.isArray(value) ? value.filter((s): s is string => typeof s === 'string') : [],
  );
}

/** True when community `slug` is available offline for this person (the default). */
export function isAvailableOffline(userId: string, slug: string): boolean {
  return !offlineSwitchedOff(userId).has(slug);
}

/** Switches "available offline" for one community on this device. */
export function setAvailableOffline(userId: string, slug: string, available: boolean): void {
  const off = new Set(offlineSwitchedOff(userId));
  if (available) off.delete(slug);
  else off.add(slug);
  writeItem(key(userId), JSON.stringify([...off]));
}
