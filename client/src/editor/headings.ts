import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

/** A heading of a document, for the table of contents. */
export interface HeadingEntry {
  readonly level: number;
  readonly text: string;
  /** Position of the heading node in the document. */
  readonly pos: number;
}

/** The headings of a document in order (empty headings are left out). */
export function headingsOf(doc: ProseMirrorNode): HeadingEntry[] {
  const headings: HeadingEntry[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name === 'heading') {
      const text = node.textContent.trim();
      const level = Number(node.attrs['level']);
      if (text !== '') headings.push({ level: Number.isFinite(level) ? level : 1, text, pos });
      return false;
    }
    // Headings are blocks: no need to look inside paragraphs and other text blocks.
    return !node.isTextblock;
  });
  return headings;
}
