import { useState } from 'react';
import { useEditorState, type Editor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import { NEW_TABLE } from './blockCommands.js';
import { WebLinkDialog } from './WebLinkDialog.js';

/** Props of {@link Toolbar}. */
export interface ToolbarProps {
  readonly editor: Editor;
  /** Opens the "Link to page" dialog. */
  readonly onLinkToPage: () => void;
  /** Opens the "Insert image" dialog; absent while images cannot be uploaded (offline). */
  readonly onInsertImage?: (() => void) | undefined;
}

/**
 * Formatting buttons; toggles report their state with `aria-pressed`. Inside a table a second
 * group edits rows and columns.
 */
export function Toolbar({ editor, onLinkToPage, onInsertImage }: ToolbarProps) {
  const { t } = useTranslation();
  const [webLinkOpen, setWebLinkOpen] = useState(false);
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      heading: current.isActive('heading', { level: 2 }),
      bulletList: current.isActive('bulletList'),
      orderedList: current.isActive('orderedList'),
      taskList: current.isActive('taskList'),
      blockquote: current.isActive('blockquote'),
      codeBlock: current.isActive('codeBlock'),
      inTable: current.isActive('table'),
      canUndo: current.can().undo(),
      canRedo: current.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();

  const toggles = [
    { key: 'bold', pressed: state.bold, run: () => chain().toggleBold().run() },
    { key: 'italic', pressed: state.italic, run: () => chain().toggleItalic().run() },
    {
      key: 'heading',
      pressed: state.heading,
      run: () => chain().toggleHeading({ level: 2 }).run(),
    },
    { key: 'bulletList', pressed: state.bulletList, run: () => chain().toggleBulletList().run() },
    {
      key: 'orderedList',
      pressed: state.orderedList,
      run: () => chain().toggleOrderedList().run(),
    },
    { key: 'taskList', pressed: state.taskList, run: () => chain().toggleTaskList().run() },
    { key: 'blockquote', pressed: state.blockquote, run: () => chain().toggleBlockquote().run() },
    { key: 'codeBlock', pressed: state.codeBlock, run: () => chain().toggleCodeBlock().run() },
  ] as const;

  const actions = [
    { key: 'webLink', disabled: false, run: () => setWebLinkOpen(true) },
    { key: 'pageLink', disabled: false, run: onLinkToPage },
    {
      key: 'insertImage',
      disabled: onInsertImage === undefined,
      run: () => onInsertImage?.(),
    },
    {
      key: 'insertTable',
      disabled: state.inTable,
      run: () => chain().insertTable(NEW_TABLE).run(),
    },
    { key: 'divider', disabled: false, run: () => chain().setHorizontalRule().run() },
    { key: 'undo', disabled: !state.canUndo, run: () => chain().undo().run() },
    { key: 'redo', disabled: !state.canRedo, run: () => chain().redo().run() },
  ] as const;

  const tableActions = [
    { key: 'addRow', run: () => chain().addRowAfter().run() },
    { key: 'addColumn', run: () => chain().addColumnAfter().run() },
    { key: 'deleteRow', run: () => chain().deleteRow().run() },
    { key: 'deleteColumn', run: () => chain().deleteColumn().run() },
    { key: 'deleteTable', run: () => chain().deleteTable().run() },
  ] as const;

  return (
    <div className="kring-toolbar-area">
      <div className="kring-toolbar" role="group" aria-label={t('toolbar.label')}>
        {toggles.map(({ key, pressed, run }) => (
          <Button
            key={key}
            className="kring-toolbar__button"
            purpose="secondary"
            toggle
            pressed={pressed}
            onClick={run}
          >
            {t(`toolbar.${key}`)}
          </Button>
        ))}
        {actions.map(({ key, disabled, run }) => (
          <Button
            key={key}
            className="kring-toolbar__button"
            purpose="secondary"
            disabled={disabled}
            // An NL Design System button stays focusable when disabled (aria-disabled).
            onClick={() => {
              if (!disabled) run();
            }}
          >
            {t(`toolbar.${key}`)}
          </Button>
        ))}
      </div>
      {state.inTable && (
        <div className="kring-toolbar" role="group" aria-label={t('toolbar.tableLabel')}>
          {tableActions.map(({ key, run }) => (
            <Button key={key} className="kring-toolbar__button" purpose="secondary" onClick={run}>
              {t(`toolbar.${key}`)}
            </Button>
          ))}
        </div>
      )}
      <WebLinkDialog editor={editor} open={webLinkOpen} onClose={() => setWebLinkOpen(false)} />
    </div>
  );
}
