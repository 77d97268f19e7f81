import { useEditorState, type Editor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';

/** Props of {@link Toolbar}. */
export interface ToolbarProps {
  readonly editor: Editor;
}

/** Formatting buttons; toggles report their state with `aria-pressed`. */
export function Toolbar({ editor }: ToolbarProps) {
  const { t } = useTranslation();
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      heading: current.isActive('heading', { level: 2 }),
      bulletList: current.isActive('bulletList'),
      orderedList: current.isActive('orderedList'),
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
  ] as const;

  return (
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
      <Button
        className="kring-toolbar__button"
        purpose="secondary"
        disabled={!state.canUndo}
        onClick={() => chain().undo().run()}
      >
        {t('toolbar.undo')}
      </Button>
      <Button
        className="kring-toolbar__button"
        purpose="secondary"
        disabled={!state.canRedo}
        onClick={() => chain().redo().run()}
      >
        {t('toolbar.redo')}
      </Button>
    </div>
  );
}
