import { LOGIN_PATH, safeReturnTo } from '@kring/shared';
import type { SettingsTab } from './routes.js';

/** Path of a community's page. */
export function communityPath(slug: string): string {
  return `/c/${encodeURIComponent(slug)}`;
}

/** Path of a community's page showing only the pages with a tag. */
export function communityTagPath(slug: string, tag: string): string {
  return `${communityPath(slug)}?${new URLSearchParams({ tag }).toString()}`;
}

/** Path of a community's audit log page. */
export function auditPath(slug: string): string {
  return `${communityPath(slug)}/audit`;
}

/** Path of a community's files. */
export function communityFilesPath(slug: string): string {
  return `${communityPath(slug)}/files`;
}

/** Path of a community's settings area, on a tab (`members` when left out). */
export function communitySettingsPath(slug: string, tab?: SettingsTab): string {
  return tab === undefined
    ? `${communityPath(slug)}/settings`
    : `${communityPath(slug)}/settings/${tab}`;
}

/** Path of a community's stakeholder map. */
export function stakeholdersPath(slug: string): string {
  return `${communityPath(slug)}/map`;
}

/** Path of a community's glossary; with an entry id, at that entry. */
export function glossaryPath(slug: string, entryId?: string): string {
  return `${communityPath(slug)}/glossary${entryId === undefined ? '' : `#${entryId}`}`;
}

/** Path of a community's questions, with a search when given. */
export function questionsPath(slug: string, query = ''): string {
  const path = `${communityPath(slug)}/questions`;
  return query === '' ? path : `${path}?${new URLSearchParams({ q: query }).toString()}`;
}

/** Path of one question of a community. */
export function questionPath(slug: string, id: string): string {
  return `${communityPath(slug)}/questions/${encodeURIComponent(id)}`;
}

/** Path of the people search, with a question when given. */
export function peoplePath(query = ''): string {
  return query === '' ? '/people' : `/people?${new URLSearchParams({ q: query }).toString()}`;
}

/** Path of one person's profile page. */
export function personPath(userId: string): string {
  return `/people/${encodeURIComponent(userId)}`;
}

/** Path of the instance's organisations (admins). */
export const ORGANISATIONS_PATH = '/organisations';

/** Path of the person's notifications. */
export const NOTIFICATIONS_PATH = '/notifications';

/** Path of an invitation's page. */
export function invitePath(token: string): string {
  return `/invite/${encodeURIComponent(token)}`;
}

/** Path of the login page that leads back to `returnTo` after signing in. */
export function loginPath(returnTo: string): string {
  const target = safeReturnTo(returnTo);
  return `${LOGIN_PATH}?${new URLSearchParams({ returnTo: target }).toString()}`;
}

/** True for pages that people use before they are signed in (no redirect to the login page). */
export function isPublicPath(path: string): boolean {
  const pathname = path.split(/[?#]/, 1)[0] ?? '';
  return (
    pathname === LOGIN_PATH ||
    pathname === '/signup' ||
    pathname.startsWith('/invite/') ||
    pathname.startsWith(`${LOGIN_PATH}/`)
  );
}
