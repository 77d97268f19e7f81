import { EditorContent } from '@tiptap/react';
import { SlashMenu } from './SlashMenu.js';
import { Toolbar } from './Toolbar.js';
import type { DocumentEditorHandle } from './useDocumentEditor.js';

/** Props of {@link DocumentEditor}. */
export interface DocumentEditorProps {
  readonly handle: DocumentEditorHandle;
  /** No changes possible (the person may only read); the toolbar is hidden. */
  readonly readOnly: boolean;
  /** Opens the "Link to page" dialog (toolbar button and slash menu). */
  readonly onLinkToPage: () => void;
  /** Opens the "Insert image" dialog (toolbar); absent while images cannot be uploaded. */
  readonly onInsertImage?: (() => void) | undefined;
}

/** The rich-text editor of a document with its toolbar and slash menu. */
export function DocumentEditor({
  handle,
  readOnly,
  onLinkToPage,
  onInsertImage,
}: DocumentEditorProps) {
  const { editor, slashMenu } = handle;
  return (
    <div className={readOnly ? 'kring-editor kring-editor--read-only' : 'kring-editor'}>
      {!readOnly && (
        <Toolbar editor={editor} onLinkToPage={onLinkToPage} onInsertImage={onInsertImage} />
      )}
      <EditorContent editor={editor} className="kring-editor__frame" />
      {!readOnly && <SlashMenu controller={slashMenu} />}
    </div>
  );
}
