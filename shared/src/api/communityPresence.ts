import { z } from 'zod';
import { documentIdSchema } from '../schemas/documentId.js';

/** A page someone has open, as `GET /api/communities/:slug/presence` names it: id and title only. */
export const presenceDocumentViewSchema = z.object({
  id: documentIdSchema,
  title: z.string(),
});

/** One person connected to pages of the community that the caller may read. */
export const presencePersonViewSchema = z.object({
  userId: z.string(),
  name: z.string(),
  organisation: z.string(),
  /** The readable pages this person has open now, by title. */
  documents: z.array(presenceDocumentViewSchema),
});

/**
 * `GET /api/communities/:slug/presence`: who has the community's pages open right now (members
 * only; only pages the caller may read are counted, and never their content).
 */
export const communityPresenceViewSchema = z.object({
  people: z.array(presencePersonViewSchema),
});

/** A page in a presence answer. */
export type PresenceDocumentView = z.infer<typeof presenceDocumentViewSchema>;
/** One person in a presence answer. */
export type PresencePersonView = z.infer<typeof presencePersonViewSchema>;
/** The answer of `GET /api/communities/:slug/presence`. */
export type CommunityPresenceView = z.infer<typeof communityPresenceViewSchema>;
