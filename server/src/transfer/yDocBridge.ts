import { prosemirrorToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { docToJson, parseDoc, type ImportedDocument, type NodeJson } from './docJson.js';
import { CONTENT_FIELD, TITLE_FIELD } from '@kring/shared';
import { kringSchema } from '@kring/shared/content';
import { dropUnknownMarks, hasUnknownMarks } from './unknownMarks.js';

/**
 * A new Y.Doc holding a document the way the editor stores it: the title in the `Y.Text`
 * {@link TITLE_FIELD}, the content in the `Y.XmlFragment` {@link CONTENT_FIELD}.
 * @throws TransferError `invalid_document` when the JSON does not fit the schema.
 */
export function docToYDoc(doc: NodeJson, title: string): Y.Doc {
  const ydoc = new Y.Doc();
  applyDocToYDoc(ydoc, doc, title);
  return ydoc;
}

/**
 * Replaces the title and content of an existing Y.Doc (e.g. a live document) in one transaction.
 * The content is updated with y-tiptap's diff, so unchanged parts keep their Yjs identity and
 * concurrent edits elsewhere merge. The document is checked against the schema before anything
 * changes.
 * @param origin transaction origin, to tell this change apart in `update` handlers.
 * @throws TransferError `invalid_document` when the JSON does not fit the schema.
 */
export function applyDocToYDoc(
  ydoc: Y.Doc,
  doc: NodeJson,
  title: string,
  origin: unknown = null,
): void {
  const node = parseDoc(doc);
  ydoc.transact(() => {
    const text = ydoc.getText(TITLE_FIELD);
    if (text.toString() !== title) {
      text.delete(0, text.length);
      text.insert(0, title);
    }
    prosemirrorToYXmlFragment(node, ydoc.getXmlFragment(CONTENT_FIELD));
  }, origin);
}

/**
 * The title and content of a Y.Doc as ProseMirror JSON; formatting the schema does not know is
 * dropped, its text kept. An empty fragment (a document nobody has
 * typed in yet) gives one empty paragraph, as the editor shows it.
 */
export function yDocToDoc(ydoc: Y.Doc): ImportedDocument {
  let fragment = ydoc.getXmlFragment(CONTENT_FIELD);
  if (hasUnknownMarks(fragment, kringSchema)) {
    // Text with a mark of another schema version keeps its text (on a copy: never edit the original).
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(ydoc));
    fragment = copy.getXmlFragment(CONTENT_FIELD);
    dropUnknownMarks(fragment, kringSchema);
  }
  const root = yXmlFragmentToProseMirrorRootNode(fragment, kringSchema);
  const filled = root.childCount > 0 ? root : (kringSchema.topNodeType.createAndFill() ?? root);
  return { title: ydoc.getText(TITLE_FIELD).toString(), doc: docToJson(filled) };
}
