import {
  documentPath,
  isEntityId,
  isSlug,
  parseTag,
  type DocumentId,
  type SearchHitView,
  type SearchQuery,
} from '@kring/shared';

/** Longest query the API accepts. */
export const MAX_QUERY_LENGTH = 200;

/** What the search page shows: the query and its filters (null: no filter). */
export interface SearchParams {
  readonly q: string;
  readonly community: string | null;
  readonly tag: string | null;
  readonly author: string | null;
  /** First day (YYYY-MM-DD) a hit may have been changed on. */
  readonly from: string | null;
  /** Last day (YYYY-MM-DD). */
  readonly to: string | null;
}

/** A search without query or filters. */
export const EMPTY_SEARCH: SearchParams = {
  q: '',
  community: null,
  tag: null,
  author: null,
  from: null,
  to: null,
};

const FILTERS = ['community', 'tag', 'author', 'from', 'to'] as const;

function isDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

function valid(value: string | null, check: (value: string) => string | null): string | null {
  if (value === null || value.trim() === '') return null;
  return check(value.trim());
}

const when =
  (isValid: (value: string) => boolean) =>
  (value: string): string | null =>
    isValid(value) ? value : null;

/** Reads the search page's query string; invalid filters are dropped (never sent to the API). */
export function parseSearchParams(query: URLSearchParams): SearchParams {
  return {
    q: (query.get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH),
    community: valid(query.get('community'), when(isSlug)),
    tag: valid(query.get('tag'), parseTag),
    author: valid(query.get('author'), when(isEntityId)),
    from: valid(query.get('from'), (value) => (isDate(value) ? value : null)),
    to: valid(query.get('to'), (value) => (isDate(value) ? value : null)),
  };
}

/** Path of the search page for these parameters (empty ones left out). */
export function searchPath(params: Partial<SearchParams>): string {
  const query = new URLSearchParams();
  const q = params.q?.trim() ?? '';
  if (q !== '') query.set('q', q);
  for (const key of FILTERS) {
    const value = params[key];
    if (value !== null && value !== undefined && value !== '') query.set(key, value);
  }
  const search = query.toString();
  return search === '' ? '/search' : `/search?${search}`;
}

/** The API query for these parameters, or null when there is nothing to search for. */
export function toSearchQuery(params: SearchParams, limit?: number): SearchQuery | null {
  const q = params.q.trim();
  if (q === '') return null;
  const query: { -readonly [K in keyof SearchQuery]: SearchQuery[K] } = { q };
  for (const key of FILTERS) {
    const value = params[key];
    if (value !== null) query[key] = value;
  }
  if (limit !== undefined) query.limit = limit;
  return query;
}

/** Path that opens a search hit at the match: `/d/<id>?q=<query>`. */
export function hitPath(id: DocumentId, q: string): string {
  const query = q.trim();
  return query === ''
    ? documentPath(id)
    : `${documentPath(id)}?${new URLSearchParams({ q: query }).toString()}`;
}

/** Download address of a file found by search: `/api/files/<id>` (opens outside the app). */
export function fileHitHref(fileId: string): string {
  return `/api/files/${encodeURIComponent(fileId)}`;
}

/**
 * Where a search hit leads: a file hit to its download (`/api/files/<fileId>`), a document hit
 * to the document at the match. A file hit without `fileId` (an older server) leads to the page
 * it is attached to, when there is one.
 */
export function hitHref(
  hit: Pick<SearchHitView, 'kind' | 'documentId' | 'fileId'>,
  q: string,
): { readonly href: string; readonly inApp: boolean } {
  if (hit.kind === 'file' && hit.fileId !== undefined && hit.fileId !== '') {
    return { href: fileHitHref(hit.fileId), inApp: false };
  }
  return { href: hitPath(hit.documentId, q), inApp: true };
}

/** A key for a hit that is unique in a result list (files and pages can share a document id). */
export function hitKey(hit: Pick<SearchHitView, 'kind' | 'documentId' | 'fileId'>): string {
  return hit.kind === 'file'
    ? `file:${hit.fileId ?? hit.documentId}`
    : `document:${hit.documentId}`;
}
