import {
  isDocumentId,
  isEntityId,
  isSlug as isValidSlug,
  parseTag,
  safeReturnTo,
  type DocumentId,
} from '@kring/shared';
import { MAX_QUERY_LENGTH, parseSearchParams, type SearchParams } from '../search/searchParams.js';

/** A screen of the app, as decided by the URL path and query. */
export type Route =
  | { readonly name: 'home' }
  | { readonly name: 'login'; readonly returnTo: string; readonly error: string | null }
  | { readonly name: 'signup'; readonly invitation: string | null }
  | { readonly name: 'invite'; readonly token: string }
  | { readonly name: 'reset-password'; readonly token: string }
  /** `tag`: show only the pages with this tag. */
  | { readonly name: 'community'; readonly slug: string; readonly tag?: string }
  | { readonly name: 'audit'; readonly slug: string }
  /** The community's files (attachments and uploads). */
  | { readonly name: 'community-files'; readonly slug: string }
  /** The community's administration area, on one of its tabs. */
  | { readonly name: 'community-settings'; readonly slug: string; readonly tab: SettingsTab }
  | { readonly name: 'account' }
  /** This device's offline copies: which communities, storage, removing data. */
  | { readonly name: 'offline' }
  | { readonly name: 'search'; readonly params: SearchParams }
  /** "Who can I ask about …?": people search; `query` is `?q=` (empty: no search yet). */
  | { readonly name: 'people'; readonly query: string }
  /** One person's profile and what they wrote about. */
  | { readonly name: 'person'; readonly userId: string }
  /** A community's stakeholder map (organisations, representatives, topics, gaps). */
  | { readonly name: 'stakeholders'; readonly slug: string }
  /** A community's glossary: its terms explained for newcomers. */
  | { readonly name: 'glossary'; readonly slug: string }
  /** A community's questions (`?q=` searches them). */
  | { readonly name: 'questions'; readonly slug: string; readonly query: string }
  /** One question with its answers. */
  | { readonly name: 'question'; readonly slug: string; readonly id: string }
  /** The person's notifications (mentions, replies, answers, watched pages). */
  | { readonly name: 'notifications' }
  /** The instance's organisations (instance admins manage them). */
  | { readonly name: 'organisations' }
  /** `query`: a search the person came from; the page opens at its first match. */
  | {
      readonly name: 'document';
      readonly id: DocumentId;
      readonly query?: string;
      /** `?thread=`: a comment thread to show (from a notification). */
      readonly thread?: string;
    }
  | { readonly name: 'not-found' };

/** Tabs of a community's settings area, in the order they are shown. */
export const SETTINGS_TABS = ['members', 'invitations', 'transfer', 'trash', 'audit'] as const;

/** One tab of a community's settings area (`/c/:slug/settings/:tab`). */
export type SettingsTab = (typeof SETTINGS_TABS)[number];

function isSettingsTab(value: string | null): value is SettingsTab {
  return value !== null && (SETTINGS_TABS as readonly string[]).includes(value);
}

/** Longest invitation token accepted in a URL (as in the API's request schema). */
const MAX_TOKEN_LENGTH = 200;
/** Longest error code shown from a `?error=` parameter. */
const MAX_ERROR_CODE_LENGTH = 64;

const NOT_FOUND: Route = { name: 'not-found' };

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

function isSlug(value: string | null): value is string {
  return value !== null && isValidSlug(value);
}

function isToken(value: string | null): value is string {
  return value !== null && value !== '' && value.length <= MAX_TOKEN_LENGTH && !/\s/.test(value);
}

function errorCode(value: string | null): string | null {
  return value !== null && /^[A-Za-z0-9_.-]+$/.test(value) && value.length <= MAX_ERROR_CODE_LENGTH
    ? value
    : null;
}

function splitPath(appPath: string): { segments: string[]; query: URLSearchParams } {
  const url = new URL(appPath.startsWith('/') ? appPath : `/${appPath}`, 'http://kring.invalid');
  let pathname = url.pathname;
  if (pathname.length > 1 && pathname.endsWith('/')) pathname = pathname.slice(0, -1);
  // Keep empty segments ("/d/") so that they stay invalid.
  return { segments: pathname.split('/').slice(1), query: url.searchParams };
}

/**
 * Maps an app path (path plus optional query string) to a route. Unknown paths and invalid ids,
 * slugs or tokens give `not-found`.
 */
export function parseRoute(appPath: string): Route {
  const { segments, query } = splitPath(appPath);
  const [first = '', second, third, fourth, ...rest] = segments;
  if (rest.length > 0) return NOT_FOUND;
  const segment = second === undefined ? null : decodeSegment(second);
  if (fourth !== undefined) {
    const part = decodeSegment(fourth);
    if (first !== 'c' || !isSlug(segment)) return NOT_FOUND;
    if (third === 'questions' && part !== null && isEntityId(part)) {
      return { name: 'question', slug: segment, id: part };
    }
    return third === 'settings' && isSettingsTab(part)
      ? { name: 'community-settings', slug: segment, tab: part }
      : NOT_FOUND;
  }

  if (second === undefined) {
    switch (first) {
      case '':
      case 'index.html':
        return { name: 'home' };
      case 'login':
        return {
          name: 'login',
          returnTo: safeReturnTo(query.get('returnTo')),
          error: errorCode(query.get('error')),
        };
      case 'signup': {
        const invitation = query.get('invitation');
        return { name: 'signup', invitation: isToken(invitation) ? invitation : null };
      }
      case 'account':
        return { name: 'account' };
      case 'offline':
        return { name: 'offline' };
      case 'search':
        return { name: 'search', params: parseSearchParams(query) };
      case 'people':
        return { name: 'people', query: query.get('q')?.trim().slice(0, MAX_QUERY_LENGTH) ?? '' };
      case 'organisations':
        return { name: 'organisations' };
      case 'notifications':
        return { name: 'notifications' };
      default:
        return NOT_FOUND;
    }
  }
  if (first === 'd' && third === undefined) {
    if (segment === null || !isDocumentId(segment)) return NOT_FOUND;
    const q = query.get('q')?.trim().slice(0, MAX_QUERY_LENGTH) ?? '';
    const thread = query.get('thread');
    return {
      name: 'document',
      id: segment,
      ...(q === '' ? {} : { query: q }),
      ...(thread !== null && isEntityId(thread) ? { thread } : {}),
    };
  }
  if (first === 'people' && third === undefined) {
    return segment !== null && isEntityId(segment)
      ? { name: 'person', userId: segment }
      : NOT_FOUND;
  }
  if (first === 'invite' && third === undefined) {
    return isToken(segment) ? { name: 'invite', token: segment } : NOT_FOUND;
  }
  if (first === 'reset-password' && third === undefined) {
    return isToken(segment) ? { name: 'reset-password', token: segment } : NOT_FOUND;
  }
  if (first === 'c' && isSlug(segment)) {
    if (third === undefined) {
      const tag = parseTag(query.get('tag') ?? '');
      return tag !== null
        ? { name: 'community', slug: segment, tag }
        : { name: 'community', slug: segment };
    }
    if (third === 'audit') return { name: 'audit', slug: segment };
    if (third === 'files') return { name: 'community-files', slug: segment };
    if (third === 'map') return { name: 'stakeholders', slug: segment };
    if (third === 'glossary') return { name: 'glossary', slug: segment };
    if (third === 'questions') {
      return {
        name: 'questions',
        slug: segment,
        query: query.get('q')?.trim().slice(0, MAX_QUERY_LENGTH) ?? '',
      };
    }
    if (third === 'settings') return { name: 'community-settings', slug: segment, tab: 'members' };
  }
  return NOT_FOUND;
}
