import type { CurrentUser } from '@kring/shared';
import { shallowEqual, Store } from '../sync/Store.js';
import { cacheUser, forgetCachedSession, readCachedUser } from './userCache.js';

/** What the app knows about who is signed in. */
export type SessionState =
  | { readonly status: 'loading' }
  | { readonly status: 'signed-in'; readonly user: CurrentUser }
  | { readonly status: 'signed-out' }
  /** The server could not be reached: nothing is known (offline). Documents still open. */
  | { readonly status: 'unreachable' };

function sameSession(a: SessionState, b: SessionState): boolean {
  if (a.status !== b.status) return false;
  if (a.status === 'signed-in' && b.status === 'signed-in') return shallowEqual(a.user, b.user);
  return true;
}

/** The session state; pages read it through `useSession`. */
export const sessionStore = new Store<SessionState>({ status: 'loading' }, sameSession);

/** Records the signed-in user. */
export function setSignedIn(user: CurrentUser): void {
  cacheUser(user);
  sessionStore.set({ status: 'signed-in', user });
}

/** Records that nobody is signed in. */
export function setSignedOut(): void {
  forgetCachedSession();
  sessionStore.set({ status: 'signed-out' });
}

/** Records that the server could not be reached; a known signed-in user is kept. */
export function setUnreachable(): void {
  if (sessionStore.getSnapshot().status !== 'signed-in')
    sessionStore.set({ status: 'unreachable' });
}

/** The signed-in user, or null. */
export function currentUser(): CurrentUser | null {
  const state = sessionStore.getSnapshot();
  return state.status === 'signed-in' ? state.user : null;
}

/**
 * Who is working here as far as this browser knows: the signed-in user, or — while the server has
 * not answered or cannot be reached — the last signed-in user cached in this browser. Null once
 * the server said nobody is signed in (which also clears the cache).
 */
export function knownUser(state: SessionState): CurrentUser | null {
  switch (state.status) {
    case 'signed-in':
      return state.user;
    case 'signed-out':
      return null;
    case 'loading':
    case 'unreachable':
      return readCachedUser();
  }
}
