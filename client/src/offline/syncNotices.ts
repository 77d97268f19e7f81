import { parseJson, readItem, writeItem } from '../sync/localStore.js';
import { Store } from '../sync/Store.js';

/** Something the offline sync did that the person should know about. */
export type SyncNoticeInput =
  /** A page made or moved offline went to the top level: its parent was deleted meanwhile. */
  | {
      readonly kind: 'parent-gone';
      readonly slug: string;
      readonly title: string;
      readonly parent: string;
    }
  /** A change to a page that someone else deleted meanwhile was dropped. */
  | { readonly kind: 'deleted-elsewhere'; readonly slug: string; readonly title: string }
  /** The server refused a queued change (e.g. no longer allowed). */
  | { readonly kind: 'refused'; readonly slug: string; readonly title: string }
  /** Edits made here to a page that is gone or closed to this person are kept on this device. */
  | {
      readonly kind: 'kept-locally';
      readonly slug: string;
      readonly title: string;
      readonly documentId: string;
    }
  /** Pages others changed while this person was away (offline or the app closed). */
  | {
      readonly kind: 'changed-while-away';
      readonly slug: string;
      readonly community: string;
      readonly pages: readonly { readonly id: string; readonly title: string }[];
    };

/** A notice with its id. */
export type SyncNotice = SyncNoticeInput & { readonly id: string };

const KEY = 'kring:offline-notices';
/** At most this many notices are kept; older ones drop off. */
const MAX_NOTICES = 20;

function load(): SyncNotice[] {
  const value = parseJson(readItem(KEY));
  if (!Array.isArray(value)) return [];
  return value.filter(
    (item): item is SyncNotice =>
      typeof item === 'object' && item !== null && typeof (item as SyncNotice).id === 'string',
  );
}

/** The notices not yet dismissed, newest last; kept in localStorage so a reload keeps them. */
export const syncNotices = new Store<readonly SyncNotice[]>(load());

function save(next: readonly SyncNotice[]): void {
  syncNotices.set(next);
  writeItem(KEY, JSON.stringify(next));
}

/** Adds notices. "Changed while away" replaces an earlier one of the same community. */
export function addSyncNotices(inputs: readonly SyncNoticeInput[]): void {
  if (inputs.length === 0) return;
  let next = [...syncNotices.getSnapshot()];
  for (const input of inputs) {
    if (input.kind === 'changed-while-away') {
      next = next.filter((n) => !(n.kind === 'changed-while-away' && n.slug === input.slug));
    }
    next.push({ ...input, id: crypto.randomUUID() });
  }
  save(next.slice(-MAX_NOTICES));
}

/** Removes one notice (the person read it). */
export function dismissSyncNotice(id: string): void {
  save(syncNotices.getSnapshot().filter((notice) => notice.id !== id));
}

/** Removes every notice (logout). */
export function clearSyncNotices(): void {
  save([]);
}

/** Re-reads notices another tab wrote. */
export function reloadSyncNotices(): void {
  syncNotices.set(load());
}
