import type { FavouriteView, FavouritesView } from '@kring/shared';
import type { ApiClient } from './ApiClient.js';

/** The signed-in person's pinned pages: `/api/me/favourites`. */
export interface FavouritesApi {
  /** Pinned pages the person can read now, in pinning order. */
  list(): Promise<FavouriteView[]>;
  /** Pins a page (idempotent). */
  add(documentId: string): Promise<void>;
  /** Unpins a page (idempotent). */
  remove(documentId: string): Promise<void>;
}

/** The {@link FavouritesApi} on a client. */
export function favouritesApi(client: ApiClient): FavouritesApi {
  const path = (id: string) => `/me/favourites/${encodeURIComponent(id)}`;
  return {
    list: async () => (await client.get<FavouritesView>('/me/favourites')).favourites,
    add: (id) => client.put<void>(path(id), undefined),
    remove: (id) => client.delete(path(id)),
  };
}
