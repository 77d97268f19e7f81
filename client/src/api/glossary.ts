import type {
  CreateGlossaryEntryRequest,
  GlossaryEntryView,
  GlossaryListView,
  UpdateGlossaryEntryRequest,
} from '@kring/shared';
import type { ApiClient } from './ApiClient.js';
import { communityApiPath } from './communities.js';

/** A community's glossary: `/api/communities/:slug/glossary`. */
export interface GlossaryApi {
  list(slug: string): Promise<GlossaryListView>;
  create(slug: string, request: CreateGlossaryEntryRequest): Promise<GlossaryEntryView>;
  update(slug: string, id: string, request: UpdateGlossaryEntryRequest): Promise<GlossaryEntryView>;
  remove(slug: string, id: string): Promise<void>;
}

/** The {@link GlossaryApi} on a client. */
export function glossaryApi(client: ApiClient): GlossaryApi {
  const path = (slug: string, id?: string) =>
    `${communityApiPath(slug)}/glossary${id === undefined ? '' : `/${encodeURIComponent(id)}`}`;
  return {
    list: (slug) => client.get<GlossaryListView>(path(slug)),
    create: (slug, request) => client.post<GlossaryEntryView>(path(slug), request),
    update: (slug, id, request) => client.patch<GlossaryEntryView>(path(slug, id), request),
    remove: (slug, id) => client.delete(path(slug, id)),
  };
}
