import type {
  CreateStakeholderRequest,
  ExternalStakeholderView,
  StakeholderMapView,
} from '@kring/shared';
import type { ApiClient } from './ApiClient.js';
import { communityApiPath } from './communities.js';

/** A community's stakeholder map: `/api/communities/:slug/stakeholders`. */
export interface StakeholdersApi {
  /** Organisations, who represents them, topics and gaps (members may read it). */
  map(slug: string): Promise<StakeholderMapView>;
  /** Address of the map as CSV, for a download link. */
  csvUrl(slug: string): string;
  /** Adds a stakeholder who is not a member (owners). */
  add(slug: string, request: CreateStakeholderRequest): Promise<ExternalStakeholderView>;
  /** Removes a stakeholder an owner added (owners). */
  remove(slug: string, id: string): Promise<void>;
}

/** The {@link StakeholdersApi} on a client. */
export function stakeholdersApi(client: ApiClient): StakeholdersApi {
  const path = (slug: string) => `${communityApiPath(slug)}/stakeholders`;
  return {
    map: (slug) => client.get<StakeholderMapView>(path(slug)),
    csvUrl: (slug) => client.url(`${path(slug)}.csv`),
    add: (slug, request) => client.post<ExternalStakeholderView>(path(slug), request),
    remove: (slug, id) => client.delete(`${path(slug)}/${encodeURIComponent(id)}`),
  };
}
