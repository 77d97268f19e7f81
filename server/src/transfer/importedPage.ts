import type { ImportedDocument } from './docJson.js';
import type { ImportedPage } from './markdownFolder.js';

/** A single imported document as a page without children, titled `fallbackTitle` when untitled. */
export function asImportedPage(document: ImportedDocument, fallbackTitle: string): ImportedPage {
  return { path: '', title: document.title || fallbackTitle, doc: document.doc, children: [] };
}
