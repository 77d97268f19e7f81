import { useSyncExternalStore } from 'react';
import { sessionStore, type SessionState } from '../session/sessionStore.js';

/** Who is signed in (or loading / signed out / server unreachable); re-renders on change. */
export function useSession(): SessionState {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.getSnapshot);
}
