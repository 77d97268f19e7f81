import type { CurrentUser } from '@kring/shared';
import { parseJson, readItem, removeItem, writeItem } from '../sync/localStore.js';

const USER_KEY = 'kring:user';
const COMMUNITY_NAMES_KEY = 'kring:community-names';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/*
 * Hand-written checks rather than zod: this runs on every first screen, which does not load zod
 * otherwise. Only the fields of CurrentUser are kept, so a tampered entry adds nothing.
 */
function asCachedUser(value: unknown): CurrentUser | null {
  if (!isRecord(value)) return null;
  const { id, name, organisation, email, isAdmin, isGuest } = value;
  if (typeof id !== 'string' || id === '') return null;
  if (typeof name !== 'string' || typeof organisation !== 'string' || typeof email !== 'string') {
    return null;
  }
  if (typeof isAdmin !== 'boolean' || typeof isGuest !== 'boolean') return null;
  return { id, name, organisation, email, isAdmin, isGuest };
}

function asCommunityNames(value: unknown): Record<string, string> {
  if (!isRecord(value)) return {};
  const names: Record<string, string> = {};
  for (const [slug, name] of Object.entries(value)) {
    if (typeof name === 'string') names[slug] = name;
  }
  return names;
}

/**
 * The last signed-in user seen in this browser, so that pages opened offline still know who is
 * working (header, caret name); null when none or when the stored value is corrupt.
 */
export function readCachedUser(): CurrentUser | null {
  return asCachedUser(parseJson(readItem(USER_KEY)));
}

/** Remembers the signed-in user (only the fields of {@link CurrentUser}). */
export function cacheUser(user: CurrentUser): void {
  const { id, name, organisation, email, isAdmin, isGuest } = user;
  writeItem(USER_KEY, JSON.stringify({ id, name, organisation, email, isAdmin, isGuest }));
}

function readCommunityNames(): Record<string, string> {
  return asCommunityNames(parseJson(readItem(COMMUNITY_NAMES_KEY)));
}

/** The last known name of a community, for breadcrumbs shown offline; null when unknown. */
export function cachedCommunityName(slug: string): string | null {
  return Object.hasOwn(readCommunityNames(), slug) ? (readCommunityNames()[slug] ?? null) : null;
}

/** Remembers a community's name. */
export function cacheCommunityName(slug: string, name: string): void {
  const names = readCommunityNames();
  if (names[slug] === name) return;
  writeItem(COMMUNITY_NAMES_KEY, JSON.stringify({ ...names, [slug]: name }));
}

/** Forgets the cached user and community names (logout, or the server said: not signed in). */
export function forgetCachedSession(): void {
  removeItem(USER_KEY);
  removeItem(COMMUNITY_NAMES_KEY);
}
