import type { ChainedCommands, Editor, Range } from '@tiptap/core';

/** Block types the slash menu (and partly the toolbar) can insert or turn a paragraph into. */
export const BLOCK_COMMANDS = [
  'heading1',
  'heading2',
  'heading3',
  'bulletList',
  'orderedList',
  'taskList',
  'table',
  'codeBlock',
  'blockquote',
  'horizontalRule',
  'pageLink',
  'image',
  'mention',
] as const;

/** One entry of {@link BLOCK_COMMANDS}. */
export type BlockCommand = (typeof BLOCK_COMMANDS)[number];

/** A new table: three columns, a header row and two rows. */
export const NEW_TABLE = { rows: 3, cols: 3, withHeaderRow: true } as const;

/** Commands that only remove the typed `/query`: the caller opens a dialog. */
type DialogCommand = 'pageLink' | 'image' | 'mention';

function applyTo(chain: ChainedCommands, command: Exclude<BlockCommand, DialogCommand>) {
  switch (command) {
    case 'heading1':
      return chain.setNode('heading', { level: 1 });
    case 'heading2':
      return chain.setNode('heading', { level: 2 });
    case 'heading3':
      return chain.setNode('heading', { level: 3 });
    case 'bulletList':
      return chain.toggleBulletList();
    case 'orderedList':
      return chain.toggleOrderedList();
    case 'taskList':
      return chain.toggleTaskList();
    case 'table':
      return chain.insertTable(NEW_TABLE);
    case 'codeBlock':
      return chain.setCodeBlock();
    case 'blockquote':
      return chain.setBlockquote();
    case 'horizontalRule':
      return chain.setHorizontalRule();
  }
}

/**
 * Runs a block command, first removing `range` (the typed `/query`) when given. `pageLink`,
 * `image` and `mention` only remove the range: the caller opens their dialog. Returns whether the editor changed.
 */
export function runBlockCommand(editor: Editor, command: BlockCommand, range?: Range): boolean {
  let chain = editor.chain().focus();
  if (range !== undefined) chain = chain.deleteRange(range);
  if (command === 'pageLink' || command === 'image' || command === 'mention') return chain.run();
  return applyTo(chain, command).run();
}
