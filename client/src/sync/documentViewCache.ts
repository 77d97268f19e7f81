import { DEFAULT_POSITION, type DocumentView } from '@kring/shared';
import { parseJson, readItem, removeItem, writeItem } from './localStore.js';

/** localStorage key of the last known metadata of a document. */
export function documentViewKey(id: string): string {
  return `kring:doc:${id}`;
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/**
 * Parses a stored {@link DocumentView}; null when absent, malformed or for another id. Only the
 * fields the document page relies on are checked.
 */
export function parseDocumentView(raw: string | null, id: string): DocumentView | null {
  const value = parseJson(raw);
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  if (record['id'] !== id) return null;
  if (typeof record['communitySlug'] !== 'string' || typeof record['title'] !== 'string') {
    return null;
  }
  if (record['myAccess'] !== 'read' && record['myAccess'] !== 'write') return null;
  if (typeof record['canManage'] !== 'boolean') return null;
  if (record['restrictedTo'] !== null && !isStringArray(record['restrictedTo'])) return null;
  // Entries stored before the page tree existed lack its fields.
  return {
    parentId: null,
    position: DEFAULT_POSITION,
    updatedBy: null,
    deletedAt: null,
    ...record,
    tags: isStringArray(record['tags']) ? record['tags'] : [],
  } as unknown as DocumentView;
}

/** The last metadata seen for a document in this browser, for opening it offline. */
export function readCachedDocumentView(id: string): DocumentView | null {
  return parseDocumentView(readItem(documentViewKey(id)), id);
}

/** Remembers a document's metadata. */
export function cacheDocumentView(view: DocumentView): void {
  writeItem(documentViewKey(view.id), JSON.stringify(view));
}

/** Forgets a document's metadata (deleted, or no longer accessible). */
export function forgetDocumentView(id: string): void {
  removeItem(documentViewKey(id));
}
