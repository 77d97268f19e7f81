import { TITLE_FIELD } from '@kring/shared';
import type { DocumentSession } from '../sync/DocumentSession.js';
import { documentPlainText } from './documentPlainText.js';
import { STORES, updateRecord, type StoredDocument } from './offlineDb.js';

/** Ids of the documents open in this tab: their own connection sends their edits. */
export const openDocumentIds = new Set<string>();

/** Title and text of an open document reach the offline copy this long after the last edit. */
const TEXT_DELAY_MS = 1000;

/**
 * Keeps the offline copy's record of an open document current: marked as waiting while it holds
 * edits the server has not confirmed, and its title and text (page lists and offline search) a
 * moment after edits. Documents of communities not kept offline have no record and are left
 * alone. Returns the function that stops watching (writing the latest text first).
 */
export function watchOpenDocument(session: DocumentSession, onWaiting: () => void): () => void {
  let unsaved: boolean | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const update = (change: (record: StoredDocument) => StoredDocument) =>
    updateRecord<StoredDocument>(STORES.documents, session.id, (record) =>
      record === undefined ? undefined : change(record),
    ).catch(() => undefined);

  const onStatus = () => {
    const { loaded, hasUnsavedChanges: next } = session.status.getSnapshot();
    // Before this browser's copy is loaded, "nothing unsaved" means "not known yet".
    if (!loaded || next === unsaved) return;
    unsaved = next;
    void update((record) => ({ ...record, dirty: next })).then(onWaiting);
  };
  const writeText = () => {
    timer = null;
    const title = session.doc.getText(TITLE_FIELD).toString();
    const text = documentPlainText(session.doc).body;
    void update((record) => ({ ...record, text, view: { ...record.view, title } }));
  };
  const onUpdate = (_update: Uint8Array, origin: unknown) => {
    // Content loaded from this browser's own copy changes nothing there.
    if (origin === 'offline-sync') return;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(writeText, TEXT_DELAY_MS);
  };
  openDocumentIds.add(session.id);
  const unsubscribe = session.status.subscribe(onStatus);
  session.doc.on('update', onUpdate);
  onStatus();
  return () => {
    openDocumentIds.delete(session.id);
    unsubscribe();
    session.doc.off('update', onUpdate);
    if (timer !== null) {
      clearTimeout(timer);
      writeText();
    }
  };
}
