import { z } from 'zod';
import type { CurrentUser } from '@kring/shared';
import { parseJson, readItem, removeItem, writeItem } from '../sync/localStore.js';

const USER_KEY = 'kring:user';
const COMMUNITY_NAMES_KEY = 'kring:community-names';

const cachedUserSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  organisation: z.string(),
  email: z.string(),
  isAdmin: z.boolean(),
  isGuest: z.boolean(),
});

const communityNamesSchema = z.record(z.string(), z.string());

/**
 * The last signed-in user seen in this browser, so that pages opened offline still know who is
 * working (header, caret name); null when none or when the stored value is corrupt.
 */
export function readCachedUser(): CurrentUser | null {
  const parsed = cachedUserSchema.safeParse(parseJson(readItem(USER_KEY)));
  return parsed.success ? parsed.data : null;
}

/** Remembers the signed-in user (only the fields of {@link CurrentUser}). */
export function cacheUser(user: CurrentUser): void {
  const { id, name, organisation, email, isAdmin, isGuest } = user;
  writeItem(USER_KEY, JSON.stringify({ id, name, organisation, email, isAdmin, isGuest }));
}

function readCommunityNames(): Record<string, string> {
  const parsed = communityNamesSchema.safeParse(parseJson(readItem(COMMUNITY_NAMES_KEY)));
  return parsed.success ? parsed.data : {};
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
