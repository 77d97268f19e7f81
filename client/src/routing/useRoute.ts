import { useMemo, useSyncExternalStore } from 'react';
import { pathStore } from './history.js';
import { parseRoute, type Route } from './routes.js';

/** The route of the current URL; re-renders on navigation. */
export function useRoute(): Route {
  const path = useSyncExternalStore(pathStore.subscribe, pathStore.getSnapshot);
  return useMemo(() => parseRoute(path), [path]);
}
