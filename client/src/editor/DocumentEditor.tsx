import { useEffect, useState } from 'react';
import { EditorContent, useEditor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import type { PresenceUser } from '@kring/shared';
import type { DocumentSession } from '../sync/DocumentSession.js';
import { createExtensions } from './extensions.js';
import { Toolbar } from './Toolbar.js';

/** Props of {@link DocumentEditor}. */
export interface DocumentEditorProps {
  readonly session: DocumentSession;
  /** Presence at the moment the editor is created; later changes go through the session. */
  readonly user: PresenceUser;
  /** No changes possible (the person may only read); the toolbar is hidden. */
  readonly readOnly: boolean;
}

function editorAttributes(label: string, readOnly: boolean): Record<string, string> {
  return {
    'aria-label': label,
    role: 'textbox',
    'aria-multiline': 'true',
    ...(readOnly ? { 'aria-readonly': 'true' } : {}),
    class: 'kring-editor__content',
  };
}

/**
 * The rich-text editor of a document, bound to the session's Y.Doc. Read-only follows the
 * `readOnly` prop at once (`setEditable`), so a role lowered while typing stops local edits.
 */
export function DocumentEditor({ session, user, readOnly }: DocumentEditorProps) {
  const { t } = useTranslation();
  const label = t('document.editorLabel');
  const [initial] = useState(() => ({ user, label, readOnly }));
  const editor = useEditor(
    {
      extensions: createExtensions(session, initial.user),
      // Tiptap would inject a <style> element, which the Content-Security-Policy blocks; its rules
      // are in styles/editor.css instead.
      injectCSS: false,
      editable: !initial.readOnly,
      editorProps: { attributes: editorAttributes(initial.label, initial.readOnly) },
    },
    [session, initial],
  );

  useEffect(() => {
    if (editor.isDestroyed) return;
    if (editor.isEditable === readOnly) editor.setEditable(!readOnly, false);
    editor.setOptions({ editorProps: { attributes: editorAttributes(label, readOnly) } });
  }, [editor, label, readOnly]);

  return (
    <div className={readOnly ? 'kring-editor kring-editor--read-only' : 'kring-editor'}>
      {!readOnly && <Toolbar editor={editor} />}
      <EditorContent editor={editor} className="kring-editor__frame" />
    </div>
  );
}
