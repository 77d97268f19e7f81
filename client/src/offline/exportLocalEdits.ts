import { TITLE_FIELD } from '@kring/shared';
import { documentPlainText } from './documentPlainText.js';
import { withLocalDocument } from './localContent.js';
import { getAll, STORES, type StoredDocument } from './offlineDb.js';

/**
 * The text of pages kept on this device, as one plain-text file: for edits the server can no
 * longer take (the page was deleted, or access was taken away). Formatting is not kept.
 */
export async function localEditsFile(ids: readonly string[]): Promise<Blob> {
  const sections: string[] = [];
  for (const id of ids) {
    const text = await withLocalDocument(id, (doc) => {
      const title = doc.getText(TITLE_FIELD).toString();
      const body = documentPlainText(doc).body;
      return `# ${title}\n\n${body}`;
    });
    sections.push(text);
  }
  return new Blob([sections.join('\n\n---\n\n')], { type: 'text/plain;charset=utf-8' });
}

/** Ids of a community's pages with edits made here (all its kept pages when `all`). */
export async function pagesWithLocalEdits(slug: string, all = false): Promise<string[]> {
  const documents = await getAll<StoredDocument>(STORES.documents, 'slug', slug);
  return documents.filter((d) => all || d.dirty || d.orphaned).map((d) => d.id);
}

/** Offers a file to save, as a download. */
export function offerDownload(file: Blob, name: string): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // Revoked later: some browsers start reading the URL only after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
