import { TITLE_FIELD } from '@kring/shared';
import * as Y from 'yjs';

/** Name of the rich-text fragment the editor binds to. */
const CONTENT = 'default';

/**
 * Makes `target` show what `source` shows (title and rich text) by deleting the current content and
 * inserting copies of the source's: a new change on top of the history, so every replica that
 * receives it converges on the restored content without reloading.
 */
export function replaceContent(target: Y.Doc, source: Y.Doc): void {
  target.transact(() => {
    const fragment = target.getXmlFragment(CONTENT);
    fragment.delete(0, fragment.length);
    const copies = source
      .getXmlFragment(CONTENT)
      .toArray()
      .filter(
        (node): node is Y.XmlElement | Y.XmlText =>
          node instanceof Y.XmlElement || node instanceof Y.XmlText,
      )
      .map((node) => node.clone());
    fragment.insert(0, copies);
    const title = target.getText(TITLE_FIELD);
    title.delete(0, title.length);
    title.insert(0, source.getText(TITLE_FIELD).toString());
  });
}

/** A Y.Doc holding a stored state. */
export function docFromState(state: Uint8Array): Y.Doc {
  const doc = new Y.Doc({ gc: true });
  Y.applyUpdate(doc, state);
  return doc;
}
