import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

/** What kind of block a text belongs to; shown as a hint and part of what makes two blocks equal. */
export type BlockKind = 'paragraph' | 'heading' | 'listItem' | 'tableCell' | 'code' | 'other';

/** One text block of a document (paragraph, heading, list item, table cell…), as compared. */
export interface Block {
  readonly kind: BlockKind;
  /** Heading level, 0 for other blocks. */
  readonly level: number;
  /** The block's text with whitespace runs collapsed to one space and trimmed. */
  readonly text: string;
}

const LIST_ITEMS = new Set(['listItem', 'taskItem']);
const TABLE_CELLS = new Set(['tableCell', 'tableHeader']);

function kindOf(node: ProseMirrorNode, parent: ProseMirrorNode | null): BlockKind {
  if (node.type.name === 'heading') return 'heading';
  if (node.type.name === 'codeBlock') return 'code';
  if (parent !== null && LIST_ITEMS.has(parent.type.name)) return 'listItem';
  if (parent !== null && TABLE_CELLS.has(parent.type.name)) return 'tableCell';
  return node.type.name === 'paragraph' ? 'paragraph' : 'other';
}

/**
 * Collapses whitespace: a double space or a trailing space is invisible on screen, so a
 * whitespace-only edit is not reported as a change.
 */
export function normaliseText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The text blocks of a document, in reading order; empty blocks are left out. */
export function blocksOf(doc: ProseMirrorNode): Block[] {
  const blocks: Block[] = [];
  doc.descendants((node, _pos, parent) => {
    if (!node.isTextblock) return true;
    const text = normaliseText(node.textBetween(0, node.content.size, ' ', ' '));
    if (text !== '') {
      const kind = kindOf(node, parent);
      const level = kind === 'heading' ? Number(node.attrs['level'] ?? 1) : 0;
      blocks.push({ kind, level, text });
    }
    return false;
  });
  return blocks;
}

/** A string that is equal for two blocks exactly when they read the same and are the same kind. */
export function blockKey(block: Block): string {
  return `${block.kind}${block.level}\u0000${block.text}`;
}
