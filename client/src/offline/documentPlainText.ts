import { documentText, type DocumentText } from '@kring/shared/search';
import type * as Y from 'yjs';

export type { DocumentText };

/**
 * The searchable plain text of a Kring document in the browser: the title from
 * `doc.getText('title')`, the body from `doc.getXmlFragment('default')` as one line per block
 * (paragraph, heading, list item, table cell, code line), marks dropped, an image's alt text kept.
 * It is the server's extraction (`documentText` of `@kring/shared/search`, which reads the Y.Doc
 * structurally), so offline search sees exactly the text the server indexes.
 */
export function documentPlainText(doc: Y.Doc): DocumentText {
  return documentText(doc);
}
