import { useCallback, useEffect, useSyncExternalStore } from 'react';
import type { FavouriteView } from '@kring/shared';
import { apiClient } from '../api/api.js';
import { favouritesApi } from '../api/favourites.js';
import { reconnections } from '../offline/offlineStatus.js';
import { Store } from '../sync/Store.js';

const favouritesRequests = favouritesApi(apiClient);

/** Everyone on the screen (sidebar, document page, overview) shares one list. */
const favouritesStore = new Store<readonly FavouriteView[] | null>(null);
let loading: Promise<void> | null = null;

/** Loads the list from the server again (failures keep the last list). */
export function reloadFavourites(): Promise<void> {
  loading ??= favouritesRequests.list().then(
    (list) => {
      loading = null;
      favouritesStore.set(list);
    },
    () => {
      loading = null;
    },
  );
  return loading;
}

// Pins made in another tab or on another device while this one could not reach the server.
reconnections.subscribe(() => {
  if (favouritesStore.getSnapshot() !== null) void reloadFavourites();
});

/** Forgets the list (another person signed in) and loads theirs. */
export function resetFavourites(): void {
  favouritesStore.set(null);
  loading = null;
  void reloadFavourites();
}

/** What {@link useFavourites} returns. */
export interface Favourites {
  /** The pinned pages in order; null until loaded. */
  readonly favourites: readonly FavouriteView[] | null;
  readonly isFavourite: (documentId: string) => boolean;
  /** Pins or unpins a page; rejects (with an `ApiError`) when the server refuses. */
  readonly toggle: (documentId: string) => Promise<void>;
  readonly reload: () => void;
}

/**
 * The signed-in person's pinned pages (favourites), loaded once and shared by every component
 * that uses it; `toggle` updates all of them.
 */
export function useFavourites(): Favourites {
  const favourites = useSyncExternalStore(favouritesStore.subscribe, favouritesStore.getSnapshot);
  useEffect(() => {
    if (favouritesStore.getSnapshot() === null) void reloadFavourites();
  }, []);
  const isFavourite = useCallback(
    (id: string) => favourites?.some((favourite) => favourite.documentId === id) ?? false,
    [favourites],
  );
  const toggle = useCallback(async (id: string) => {
    const pinned = favouritesStore.getSnapshot()?.some((f) => f.documentId === id) ?? false;
    if (pinned) await favouritesRequests.remove(id);
    else await favouritesRequests.add(id);
    await reloadFavourites();
  }, []);
  const reload = useCallback(() => void reloadFavourites(), []);
  return { favourites, isFavourite, toggle, reload };
}
