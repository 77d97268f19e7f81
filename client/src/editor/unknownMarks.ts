import { Extension } from '@tiptap/core';
import type { Attrs, Mark, MarkType, Node as ProseMirrorNode, Schema } from '@tiptap/pm/model';

const tolerant = new WeakSet<Schema>();

/**
 * Makes a schema keep text that carries a mark it does not know (written by an older or newer
 * version of Kring): the text stays, the unknown mark is dropped. Without this the Yjs binding's
 * `schema.mark(name)` throws, and the binding then deletes the whole paragraph's text.
 */
export function tolerateUnknownMarks(schema: Schema): void {
  if (tolerant.has(schema)) return;
  tolerant.add(schema);
  const mark = schema.mark.bind(schema);
  const text = schema.text.bind(schema);
  // Unknown names give null, which `text` below filters out before ProseMirror sees it.
  schema.mark = (type: string | MarkType, attrs?: Attrs | null): Mark => {
    if (typeof type === 'string' && !Object.hasOwn(schema.marks, type)) {
      return null as unknown as Mark;
    }
    return mark(type, attrs);
  };
  schema.text = (content: string, marks?: readonly Mark[] | null): ProseMirrorNode =>
    text(content, marks?.filter((item): item is Mark => item !== null) ?? marks);
}

/** Tiptap extension applying {@link tolerateUnknownMarks} to the editor's schema. */
export const UnknownMarks = Extension.create({
  name: 'unknownMarks',
  onBeforeCreate({ editor }) {
    tolerateUnknownMarks(editor.schema);
  },
});
