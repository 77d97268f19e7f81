import type { CommunityPresenceView, PresencePersonView } from '@kring/shared';
import type { ApiClient } from './ApiClient.js';
import { communityApiPath } from './communities.js';

/** Who has a community's pages open: `GET /api/communities/:slug/presence`. */
export interface PresenceApi {
  /** The people connected to the community's readable pages now, by name. */
  inCommunity(slug: string): Promise<readonly PresencePersonView[]>;
}

/** The {@link PresenceApi} on a client. */
export function presenceApi(client: ApiClient): PresenceApi {
  return {
    inCommunity: async (slug) =>
      (await client.get<CommunityPresenceView>(`${communityApiPath(slug)}/presence`)).people,
  };
}
