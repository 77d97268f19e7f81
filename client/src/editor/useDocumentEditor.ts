import { useEffect, useState, useSyncExternalStore } from 'react';
import { useEditor, type Editor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import i18next from 'i18next';
import type { PresenceUser } from '@kring/shared';
import { navigate } from '../routing/history.js';
import type { DocumentSession } from '../sync/DocumentSession.js';
import { documentPath } from '@kring/shared';
import type { BlockCommand } from './blockCommands.js';
import { createExtensions } from './extensions.js';
import { ImageFilesController } from './imageFiles.js';
import { SlashMenuController } from './slashMenu.js';

/** The live editor of a document and the state of its slash menu. */
export interface DocumentEditorHandle {
  readonly editor: Editor;
  readonly slashMenu: SlashMenuController;
  /** Where pasted and dropped files go (set its `onFiles`). */
  readonly imageFiles: ImageFilesController;
}

const slashLabel = (command: BlockCommand) => i18next.t(`slashMenu.commands.${command}`);
const taskLabel = (text: string, checked: boolean) =>
  i18next.t(checked ? 'editor.taskDone' : 'editor.taskOpen', {
    text: text.trim() === '' ? i18next.t('editor.emptyTask') : text,
  });

function editorAttributes(
  label: string,
  readOnly: boolean,
  slashMenu: SlashMenuController,
  activeOption: string | null,
): Record<string, string> {
  return {
    'aria-label': label,
    role: 'textbox',
    'aria-multiline': 'true',
    ...(readOnly ? { 'aria-readonly': 'true' } : {}),
    ...(activeOption === null
      ? {}
      : { 'aria-controls': slashMenu.listboxId, 'aria-activedescendant': activeOption }),
    class: 'kring-editor__content',
  };
}

/**
 * Creates the rich-text editor of a document, bound to the session's Y.Doc. Read-only follows
 * `readOnly` at once (`setEditable`), so a role lowered while typing stops local edits. While the
 * slash menu is open the editor points at its highlighted option (`aria-activedescendant`).
 */
export function useDocumentEditor(
  session: DocumentSession,
  user: PresenceUser,
  readOnly: boolean,
): DocumentEditorHandle {
  const { t } = useTranslation();
  const label = t('document.editorLabel');
  const [slashMenu] = useState(() => new SlashMenuController(slashLabel));
  const [imageFiles] = useState(() => new ImageFilesController());
  const [initial] = useState(() => ({ user, label, readOnly }));
  const editor = useEditor(
    {
      extensions: createExtensions(session, initial.user, {
        slashMenu,
        imageFiles,
        openDocument: (id) => navigate(documentPath(id)),
        taskLabel,
      }),
      // Tiptap would inject a <style> element, which the Content-Security-Policy blocks; its rules
      // are in styles/editor.css instead.
      injectCSS: false,
      editable: !initial.readOnly,
      editorProps: {
        attributes: editorAttributes(initial.label, initial.readOnly, slashMenu, null),
      },
    },
    [session, initial, slashMenu, imageFiles],
  );

  const menu = useSyncExternalStore(slashMenu.state.subscribe, slashMenu.state.getSnapshot);
  const activeCommand = menu?.items[menu.active];
  const activeOption = activeCommand === undefined ? null : slashMenu.optionId(activeCommand);

  useEffect(() => {
    if (editor.isDestroyed) return;
    if (editor.isEditable === readOnly) editor.setEditable(!readOnly, false);
    editor.setOptions({
      editorProps: { attributes: editorAttributes(label, readOnly, slashMenu, activeOption) },
    });
  }, [editor, label, readOnly, slashMenu, activeOption]);

  return { editor, slashMenu, imageFiles };
}
