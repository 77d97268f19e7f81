import { isSlug } from '@kring/shared';
import { parseJson, readItem, writeItem } from '../sync/localStore.js';

const SIDEBAR_COLLAPSED_KEY = 'kring:shell:sidebar-collapsed';
const LAST_COMMUNITY_KEY = 'kring:shell:last-community';
const expandedKey = (slug: string) => `kring:shell:expanded:${slug}`;

/** Whether the person hid the sidebar on a wide screen. */
export function readSidebarCollapsed(): boolean {
  return readItem(SIDEBAR_COLLAPSED_KEY) === 'true';
}

/** Remembers whether the sidebar is hidden. */
export function writeSidebarCollapsed(collapsed: boolean): void {
  writeItem(SIDEBAR_COLLAPSED_KEY, String(collapsed));
}

/** The community used last in this browser, when it is still a valid slug. */
export function readLastCommunity(): string | null {
  const slug = readItem(LAST_COMMUNITY_KEY);
  return slug !== null && isSlug(slug) ? slug : null;
}

/** Remembers the community used last. */
export function writeLastCommunity(slug: string): void {
  writeItem(LAST_COMMUNITY_KEY, slug);
}

/** Ids of the pages whose sub-pages are shown in a community's sidebar tree. */
export function readExpandedPages(slug: string): string[] {
  const value = parseJson(readItem(expandedKey(slug)));
  return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
}

/** Remembers which pages are expanded in a community's sidebar tree. */
export function writeExpandedPages(slug: string, ids: readonly string[]): void {
  writeItem(expandedKey(slug), JSON.stringify(ids));
}
