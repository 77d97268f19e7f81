import { z } from 'zod';
import { documentIdSchema } from '../schemas/documentId.js';

/** One pinned page in `GET /api/me/favourites`. */
export const favouriteViewSchema = z.object({
  documentId: documentIdSchema,
  title: z.string(),
  communitySlug: z.string(),
});

/** `GET /api/me/favourites`: the caller's pinned pages they can read now, in their order. */
export const favouritesViewSchema = z.object({
  favourites: z.array(favouriteViewSchema),
});

/** One pinned page. */
export type FavouriteView = z.infer<typeof favouriteViewSchema>;
/** The answer of `GET /api/me/favourites`. */
export type FavouritesView = z.infer<typeof favouritesViewSchema>;
