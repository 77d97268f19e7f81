import type { Editor } from '@tiptap/core';

/**
 * Links the selected text to `href`; with nothing selected, inserts `text` as a link (and a
 * space after it, so typing goes on without the link).
 */
export function insertLink(editor: Editor, href: string, text: string): boolean {
  const { empty } = editor.state.selection;
  if (!empty) return editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
  return editor
    .chain()
    .focus()
    .insertContent([
      { type: 'text', text, marks: [{ type: 'link', attrs: { href } }] },
      { type: 'text', text: ' ' },
    ])
    .run();
}

/**
 * Runs `work` once a modal dialog that is closing has closed: until then everything outside it,
 * the editor included, is inert and cannot take focus.
 */
export function afterDialogCloses(work: () => void): void {
  window.setTimeout(work, 0);
}
