import { registerSW } from 'virtual:pwa-register';
import { pathStore } from '../routing/history.js';
import { whenLocalWritesSettled } from '../sync/localWrites.js';
import { AppUpdater } from './appUpdate.js';

/** How often an open tab asks the server for a new version, besides on coming online or back. */
const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

/** This tab's update policy; the update notice reads its status. */
export const appUpdater = new AppUpdater({
  settleLocalWrites: () => whenLocalWritesSettled(),
  waitingWorker: async () => (await navigator.serviceWorker?.getRegistration())?.waiting ?? null,
  reload: () => window.location.reload(),
});

/** Asks the browser to look for a new service worker now; failures (offline) are ignored. */
async function checkForUpdate(): Promise<void> {
  if (!navigator.onLine) return;
  try {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  } catch {
    // Offline or the server is away: the next check will do.
  }
}

/** A new version was already waiting when this page loaded: the page is just starting. */
async function applyIfWaitingAtStart(): Promise<void> {
  const registration = await navigator.serviceWorker.getRegistration();
  if (registration?.waiting && navigator.serviceWorker.controller !== null) {
    appUpdater.onWaiting(true);
  }
}

/**
 * Registers the service worker that keeps the app shell available offline, in "prompt" mode: a
 * new version waits until {@link appUpdater} lets it take over. Looks for new versions when the
 * browser comes online, when the tab becomes visible again and every hour. (Registering fails
 * while offline; the checks still run, on the registration made during an earlier visit.)
 */
export function startAppUpdates(): void {
  if (!('serviceWorker' in navigator)) return;
  void applyIfWaitingAtStart();
  registerSW({
    immediate: true,
    onNeedRefresh: () => appUpdater.onWaiting(false),
    // Called when a new worker took control; this tab reloads only through `appUpdater.apply`.
    onNeedReload: () => appUpdater.onTakenOverElsewhere(),
  });
  window.addEventListener('online', () => void checkForUpdate());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void checkForUpdate();
  });
  setInterval(() => void checkForUpdate(), UPDATE_CHECK_INTERVAL_MS);
  pathStore.subscribe(() => appUpdater.onNavigate());
}
