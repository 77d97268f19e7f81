import { isDocumentId, MAX_TITLE_LENGTH, type DocumentId } from '@kring/shared';
import { parseJson, readItem, writeItem } from './localStore.js';
import { Store } from './Store.js';

/** One recently opened document, as remembered in this browser. */
export interface RecentDocument {
  readonly id: DocumentId;
  /** Last title seen in this browser; empty when the document has none. */
  readonly title: string;
  /** When it was last opened, in milliseconds since the epoch. */
  readonly openedAt: number;
}

const STORAGE_KEY = 'kring:recent-documents';
/** How many documents the list remembers. */
export const MAX_RECENT_DOCUMENTS = 50;

/** Parses the stored list, dropping malformed entries; corrupt storage yields an empty list. */
export function parseRecentDocuments(raw: string | null): RecentDocument[] {
  const value = parseJson(raw);
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  const result: RecentDocument[] = [];
  for (const entry of value as unknown[]) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { id, title, openedAt } = entry as Record<string, unknown>;
    if (typeof id !== 'string' || !isDocumentId(id) || seen.has(id)) continue;
    if (typeof openedAt !== 'number' || !Number.isFinite(openedAt)) continue;
    seen.add(id);
    result.push({
      id,
      title: typeof title === 'string' ? title.slice(0, MAX_TITLE_LENGTH) : '',
      openedAt,
    });
  }
  return result.sort((a, b) => b.openedAt - a.openedAt).slice(0, MAX_RECENT_DOCUMENTS);
}

/** Returns the list with `id` moved to the front, opened at `now`. */
export function withOpened(
  list: readonly RecentDocument[],
  id: DocumentId,
  now: number,
): RecentDocument[] {
  const previous = list.find((entry) => entry.id === id);
  const rest = list.filter((entry) => entry.id !== id);
  return [{ id, title: previous?.title ?? '', openedAt: now }, ...rest].slice(
    0,
    MAX_RECENT_DOCUMENTS,
  );
}

/** Returns the list with the title of `id` replaced (unchanged list if `id` is absent). */
export function withTitle(
  list: readonly RecentDocument[],
  id: DocumentId,
  title: string,
): readonly RecentDocument[] {
  const index = list.findIndex((entry) => entry.id === id);
  const entry = list[index];
  if (entry === undefined || entry.title === title) return list;
  const next = [...list];
  next[index] = { ...entry, title: title.slice(0, MAX_TITLE_LENGTH) };
  return next;
}

/** Returns the list without `id` (the same list if it is absent). */
export function withoutDocument(
  list: readonly RecentDocument[],
  id: DocumentId,
): readonly RecentDocument[] {
  return list.some((entry) => entry.id === id) ? list.filter((entry) => entry.id !== id) : list;
}

/** Recently opened documents, most recent first, kept in localStorage. */
export const recentDocumentsStore = new Store<readonly RecentDocument[]>(
  parseRecentDocuments(readItem(STORAGE_KEY)),
);

function save(list: readonly RecentDocument[]): void {
  recentDocumentsStore.set(list);
  writeItem(STORAGE_KEY, JSON.stringify(list));
}

/** Records that a document was opened now. */
export function rememberOpened(id: DocumentId): void {
  save(withOpened(parseRecentDocuments(readItem(STORAGE_KEY)), id, Date.now()));
}

/** Records the latest title of a document. */
export function rememberTitle(id: DocumentId, title: string): void {
  const current = recentDocumentsStore.getSnapshot();
  const next = withTitle(current, id, title);
  if (next !== current) save(next);
}

/** Removes a document from the list (deleted, or no longer accessible). */
export function forgetRecentDocument(id: DocumentId): void {
  const current = recentDocumentsStore.getSnapshot();
  const next = withoutDocument(current, id);
  if (next !== current) save(next);
}

globalThis.addEventListener?.('storage', (event: StorageEvent) => {
  if (event.key === STORAGE_KEY) {
    recentDocumentsStore.set(parseRecentDocuments(event.newValue));
  }
});
