import type {
  CommunityView,
  CreateCommunityRequest,
  CreateDocumentRequest,
  DocumentView,
  UpdateCommunityRequest,
} from '@kring/shared';
import type { ApiClient } from './ApiClient.js';

/** Communities and their documents: `/api/communities`. */
export interface CommunitiesApi {
  /** The communities the user is a member of (all of them for an instance admin). */
  list(): Promise<CommunityView[]>;
  create(request: CreateCommunityRequest): Promise<CommunityView>;
  get(slug: string): Promise<CommunityView>;
  update(slug: string, request: UpdateCommunityRequest): Promise<CommunityView>;
  /** The community's documents the user may open. */
  documents(slug: string): Promise<DocumentView[]>;
  /** Creates a document; idempotent for a client-generated id. */
  createDocument(slug: string, request: CreateDocumentRequest): Promise<DocumentView>;
}

/** Path of a community below the API base. */
export function communityApiPath(slug: string): string {
  return `/communities/${encodeURIComponent(slug)}`;
}

/** The {@link CommunitiesApi} on a client. */
export function communitiesApi(client: ApiClient): CommunitiesApi {
  return {
    list: () => client.get<CommunityView[]>('/communities'),
    create: (request) => client.post<CommunityView>('/communities', request),
    get: (slug) => client.get<CommunityView>(communityApiPath(slug)),
    update: (slug, request) => client.patch<CommunityView>(communityApiPath(slug), request),
    documents: (slug) => client.get<DocumentView[]>(`${communityApiPath(slug)}/documents`),
    createDocument: (slug, request) =>
      client.post<DocumentView>(`${communityApiPath(slug)}/documents`, request),
  };
}
