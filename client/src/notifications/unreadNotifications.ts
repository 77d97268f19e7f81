import { useEffect, useSyncExternalStore } from 'react';
import { api } from '../api/api.js';
import { Store } from '../sync/Store.js';

/** How often the unread count is asked again while the app is open. */
const REFRESH_MS = 60_000;

/** Unread notifications as last heard from the server; null while unknown (or offline). */
const unread = new Store<number | null>(null);

/** Asks the server for the unread count now (after reading some, or on a reconnect). */
export function refreshUnreadNotifications(): void {
  api.notifications.list().then(
    (list) => unread.set(list.unread),
    () => unread.set(null),
  );
}

/** The unread count, refreshed every minute and when the window gets focus again. */
export function useUnreadNotifications(): number | null {
  useEffect(() => {
    refreshUnreadNotifications();
    const timer = window.setInterval(refreshUnreadNotifications, REFRESH_MS);
    window.addEventListener('focus', refreshUnreadNotifications);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', refreshUnreadNotifications);
    };
  }, []);
  return useSyncExternalStore(unread.subscribe, unread.getSnapshot);
}
