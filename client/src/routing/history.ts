import { Store } from '../sync/Store.js';

/** The app path of the current URL: path plus query string, e.g. `/login?returnTo=%2F`. */
export function currentAppPath(): string {
  const here = globalThis.location;
  return here === undefined ? '/' : `${here.pathname}${here.search}`;
}

/** The current app path; follows `navigate` and the browser's back/forward buttons. */
export const pathStore = new Store<string>(currentAppPath());

/** Options of {@link navigate}. */
export interface NavigateOptions {
  /** Replace the current history entry instead of adding one (redirects). */
  readonly replace?: boolean;
}

/** Goes to `path` (may include a query string) within the app. */
export function navigate(path: string, options: NavigateOptions = {}): void {
  if (path === currentAppPath()) return;
  if (options.replace === true) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  pathStore.set(currentAppPath());
  window.scrollTo(0, 0);
}

globalThis.addEventListener?.('popstate', () => {
  pathStore.set(currentAppPath());
});
