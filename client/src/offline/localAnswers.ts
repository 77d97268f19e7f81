import type { CurrentUser, SearchResultsView } from '@kring/shared';
import type { LocalAnswers, RequestOptions } from '../api/ApiClient.js';
import {
  getAll,
  getRecord,
  STORES,
  type StoredCommunity,
  type StoredDocument,
} from './offlineDb.js';
import type { OfflineChangeRequest } from './offlineChanges.js';

/** What the local answers need from the app. */
export interface LocalAnswerContext {
  /** The person working here (signed in, or last signed in on this device), or null. */
  readonly user: () => CurrentUser | null;
  /** Called after a change was queued: the sync sends it as soon as it can. */
  readonly onQueued: () => void;
}

type Answer = { readonly value: unknown } | null;

async function community(slug: string, userId: string): Promise<StoredCommunity | null> {
  const stored = await getRecord<StoredCommunity>(STORES.communities, slug);
  return stored !== undefined && stored.userId === userId && !stored.revoked ? stored : null;
}

async function documentsOf(slug: string): Promise<StoredDocument[]> {
  return (await getAll<StoredDocument>(STORES.documents, 'slug', slug)).filter((d) => !d.orphaned);
}

async function answerGet(
  path: string,
  options: RequestOptions,
  user: CurrentUser,
): Promise<Answer> {
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'communities') {
    if (parts.length === 1) {
      const all = await getAll<StoredCommunity>(STORES.communities);
      const mine = all.filter((c) => c.userId === user.id && !c.revoked);
      return { value: mine.map((c) => c.community) };
    }
    const slug = parts[1] ?? '';
    const stored = await community(slug, user.id);
    if (stored === null) return null;
    if (parts.length === 2) return { value: stored.community };
    if (parts.length !== 3) return null;
    switch (parts[2]) {
      case 'documents':
        return {
          value: (await documentsOf(slug))
            .map((d) => d.view)
            .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
        };
      case 'members':
        return { value: stored.members };
      case 'templates':
        return { value: stored.templates.map(({ update: _content, ...template }) => template) };
      case 'tags': {
        const counts = new Map<string, number>();
        for (const d of await documentsOf(slug)) {
          for (const tag of d.view.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
        }
        return {
          value: [...counts]
            .map(([tag, count]) => ({ tag, count }))
            .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag)),
        };
      }
      default:
        return null;
    }
  }
  if (parts[0] === 'documents' && parts.length === 2) {
    const stored = await getRecord<StoredDocument>(STORES.documents, parts[1] ?? '');
    if (stored === undefined || (await community(stored.slug, user.id)) === null) return null;
    return { value: stored.view };
  }
  if (parts[0] === 'search' && parts.length === 1) return { value: await search(options, user) };
  return null;
}

async function search(options: RequestOptions, user: CurrentUser): Promise<SearchResultsView> {
  const query = options.query ?? {};
  const slugFilter = typeof query['community'] === 'string' ? query['community'] : undefined;
  const communities = (await getAll<StoredCommunity>(STORES.communities)).filter(
    (c) =>
      c.userId === user.id && !c.revoked && (slugFilter === undefined || c.slug === slugFilter),
  );
  const names = new Map(communities.map((c) => [c.slug, c.community.name]));
  const documents = (await getAll<StoredDocument>(STORES.documents)).filter(
    (d) => names.has(d.slug) && !d.orphaned,
  );
  const { searchStoredDocuments } = await import('./searchStored.js');
  return searchStoredDocuments(documents, names, query);
}

/**
 * The answers this browser can give while the server cannot be reached: communities, page lists,
 * pages, members, templates and tags of communities kept offline; search over their text; and
 * page changes (new, moved, tagged, deleted), which are applied here and queued for the server.
 */
export function createLocalAnswers(context: LocalAnswerContext): LocalAnswers {
  return async (method, path, options) => {
    const user = context.user();
    if (user === null) return null;
    try {
      if (method === 'GET') return await answerGet(path, options, user);
      // Loaded when first needed: it brings Yjs (pages made from a template offline).
      const { applyOfflineChange } = await import('./offlineChanges.js');
      const answer = await applyOfflineChange(
        { method, path, body: options.body } satisfies OfflineChangeRequest,
        user,
      );
      if (answer !== null) context.onQueued();
      return answer;
    } catch {
      // IndexedDB unavailable or the copy unreadable: fail as the network did.
      return null;
    }
  };
}
