import { Store } from '../sync/Store.js';

/** Bumped whenever the sidebar's page tree should load again. */
export const pageTreeRefresh = new Store<number>(0);

/**
 * Asks the sidebar to load the page tree again (after a page was created, moved, renamed or
 * deleted elsewhere on the screen).
 */
export function refreshPageTree(): void {
  pageTreeRefresh.set(pageTreeRefresh.getSnapshot() + 1);
}
