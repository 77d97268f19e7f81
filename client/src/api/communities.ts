import type {
  ChangesView,
  CommunityView,
  CreateCommunityRequest,
  CreateDocumentRequest,
  DocumentView,
  TagCount,
  TemplateView,
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
  /** Creates a document (optionally under a page, from a template); idempotent for an id. */
  createDocument(slug: string, request: CreateDocumentRequest): Promise<DocumentView>;
  /** Tags of readable documents with their counts. */
  tags(slug: string): Promise<TagCount[]>;
  /** Documents changed since the user's previous visit. */
  changes(slug: string): Promise<ChangesView>;
  /** Marks the changes as seen: "since my last visit" starts again now. */
  visit(slug: string): Promise<void>;
  /** Trashed documents the user may restore. */
  trash(slug: string): Promise<DocumentView[]>;
  /** Built-in templates and the community's own. */
  templates(slug: string): Promise<TemplateView[]>;
  /** Address of the import endpoint (the raw file is the body), for an upload with progress. */
  importUrl(slug: string, parentId: string | null): string;
  /** Address of the zip of the whole community. */
  exportUrl(slug: string): string;
}

/** Path of a community below the API base. */
export function communityApiPath(slug: string): string {
  return `/communities/${encodeURIComponent(slug)}`;
}

/** The {@link CommunitiesApi} on a client. */
export function communitiesApi(client: ApiClient): CommunitiesApi {
  const sub = (slug: string, rest: string) => `${communityApiPath(slug)}/${rest}`;
  return {
    list: () => client.get<CommunityView[]>('/communities'),
    create: (request) => client.post<CommunityView>('/communities', request),
    get: (slug) => client.get<CommunityView>(communityApiPath(slug)),
    update: (slug, request) => client.patch<CommunityView>(communityApiPath(slug), request),
    documents: (slug) => client.get<DocumentView[]>(sub(slug, 'documents')),
    createDocument: (slug, request) => client.post<DocumentView>(sub(slug, 'documents'), request),
    tags: (slug) => client.get<TagCount[]>(sub(slug, 'tags')),
    changes: (slug) => client.get<ChangesView>(sub(slug, 'changes')),
    visit: (slug) => client.post<void>(sub(slug, 'visit')),
    trash: (slug) => client.get<DocumentView[]>(sub(slug, 'trash')),
    templates: (slug) => client.get<TemplateView[]>(sub(slug, 'templates')),
    importUrl: (slug, parentId) =>
      client.url(sub(slug, 'import'), { parentId: parentId ?? undefined }),
    exportUrl: (slug) => client.url(sub(slug, 'export')),
  };
}
