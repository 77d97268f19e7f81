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
}

function editorAttributes(label: string): Record<string, string> {
  return {
    'aria-label': label,
    role: 'textbox',
    'aria-multiline': 'true',
    class: 'kring-editor__content',
  };
}

/** The rich-text editor of a document, bound to the session's Y.Doc. */
export function DocumentEditor({ session, user }: DocumentEditorProps) {
  const { t } = useTranslation();
  const label = t('document.editorLabel');
  const [initial] = useState(() => ({ user, label }));
  const editor = useEditor(
    {
      extensions: createExtensions(session, initial.user),
      editorProps: { attributes: editorAttributes(initial.label) },
    },
    [session, initial],
  );

  useEffect(() => {
    if (editor.isDestroyed) return;
    editor.setOptions({ editorProps: { attributes: editorAttributes(label) } });
  }, [editor, label]);

  return (
    <div className="kring-editor">
      <Toolbar editor={editor} />
      <EditorContent editor={editor} className="kring-editor__frame" />
    </div>
  );
}
