import { Store } from '../sync/Store.js';

/** The current URL path; follows `navigate` and the browser's back/forward buttons. */
export const pathStore = new Store<string>(globalThis.location?.pathname ?? '/');

/** Goes to `path` within the app, adding a history entry. */
export function navigate(path: string): void {
  if (path === location.pathname) return;
  history.pushState(null, '', path);
  pathStore.set(location.pathname);
  window.scrollTo(0, 0);
}

globalThis.addEventListener?.('popstate', () => {
  pathStore.set(location.pathname);
});
