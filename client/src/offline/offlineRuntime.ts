import { apiClient } from '../api/api.js';
import { loadSession } from '../session/sessionActions.js';
import { knownUser, sessionStore } from '../session/sessionStore.js';
import { createLocalAnswers } from './localAnswers.js';
import type { OfflineSync } from './OfflineSync.js';
import { offlineStatus, resetOfflineStatus } from './offlineStatus.js';

/** The id of the document on the screen (`/d/:id`), synced before the rest. */
function documentOnScreen(): string | null {
  const match = /^\/d\/([^/?#]+)/.exec(location.pathname);
  return match?.[1] === undefined ? null : decodeURIComponent(match[1]);
}

/** Background sync starts this long after the page has loaded: it never delays the first screen. */
export const SYNC_START_DELAY_MS = 2000;

let sync: OfflineSync | null = null;
let loading: Promise<OfflineSync> | null = null;

function afterFirstScreen(): Promise<void> {
  return new Promise((resolve) => {
    const wait = () => setTimeout(resolve, SYNC_START_DELAY_MS);
    if (document.readyState === 'complete') wait();
    else window.addEventListener('load', wait, { once: true });
  });
}

/**
 * The sync loads after the first screen is up (it brings Yjs and IndexedDB code the shell lacks,
 * about 35 KB gzip), once per page load.
 */
function loadSync(): Promise<OfflineSync> {
  loading ??= afterFirstScreen().then(async () => {
    const { OfflineSync } = await import('./OfflineSync.js');
    sync = new OfflineSync(apiClient, documentOnScreen);
    return sync;
  });
  return loading;
}

/** The app's offline sync, started for whoever is signed in. */
export const offlineSync = {
  /** Asks for a sync soon (after an edit or a queued change). */
  request(): void {
    void loadSync().then((loaded) => loaded.request());
  },
};

let started = false;

/**
 * Connects the offline copies to the app: API requests fall back to them when the server cannot
 * be reached, and the sync runs while someone is signed in. Call once at start-up.
 */
export function startOfflineCopies(): void {
  if (started) return;
  started = true;
  apiClient.setLocalAnswers(
    createLocalAnswers({
      user: () => knownUser(sessionStore.getSnapshot()),
      onQueued: () => offlineSync.request(),
    }),
  );
  const follow = () => {
    const state = sessionStore.getSnapshot();
    // Offline, the person last signed in here: their copies, counts and queue.
    const user = knownUser(state);
    if (user !== null && state.status !== 'loading') {
      void loadSync().then((loaded) => loaded.start(user.id));
    } else if (state.status === 'signed-out') {
      sync?.stop();
      resetOfflineStatus();
    }
  };
  sessionStore.subscribe(follow);
  follow();
  // The server answers again: find out who is signed in (the session may have ended meanwhile).
  let wasReachable = offlineStatus.getSnapshot().reachable;
  offlineStatus.subscribe(() => {
    const { reachable } = offlineStatus.getSnapshot();
    if (reachable && !wasReachable && sessionStore.getSnapshot().status === 'unreachable') {
      void loadSession();
    }
    wasReachable = reachable;
  });
}
