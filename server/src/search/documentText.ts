import { documentText, type DocumentText } from '@kring/shared/search';
import * as Y from 'yjs';

// The extraction itself is shared with the browser's offline search (`@kring/shared/search`).
export { documentText, type DocumentText };

/** {@link documentText} of the document that a Yjs update (e.g. a stored state) describes. */
export function documentTextFromUpdate(update: Uint8Array): DocumentText {
  const doc = new Y.Doc({ gc: true });
  try {
    Y.applyUpdate(doc, update);
    return documentText(doc);
  } finally {
    doc.destroy();
  }
}
