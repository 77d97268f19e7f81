import { Fragment, Suspense, type ReactNode } from 'react';
import { useEditorState, type Editor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import {
  IconArrowBackUp,
  IconArrowForwardUp,
  IconBlockquote,
  IconBold,
  IconFileSymlink,
  IconH2,
  IconItalic,
  IconLink,
  IconList,
  IconListCheck,
  IconListNumbers,
  IconPhoto,
  IconSeparatorHorizontal,
  IconSourceCode,
  IconTable,
} from '@tabler/icons-react';
import { lazyComponent } from '../components/lazyComponent.js';
import { NEW_TABLE } from './blockCommands.js';
import { ToolbarButton, type ToolbarItem } from './ToolbarButton.js';
import { toolbarKeyDown, type RovingToolbar } from './useRovingToolbar.js';

// Only shown with the cursor in a table: loaded then.
const TableControls = lazyComponent(() =>
  import('./TableControls.js').then((m) => m.TableControls),
);

/** Props of {@link Toolbar}. */
export interface ToolbarProps {
  readonly editor: Editor;
  /** Keyboard behaviour (arrow keys, Home/End), shared with the text's Alt+F10. */
  readonly roving: RovingToolbar;
  /** Opens the "Link to a website" dialog. */
  readonly onWebLink: () => void;
  /** Opens the "Link to page" dialog. */
  readonly onLinkToPage: () => void;
  /** Opens the "Insert image" dialog; absent while images cannot be uploaded (offline). */
  readonly onInsertImage?: (() => void) | undefined;
}

const ICON_SIZE = 20;
const icon = (Icon: typeof IconBold): ReactNode => <Icon aria-hidden="true" size={ICON_SIZE} />;

/**
 * One row of icon buttons with tooltips, in groups (text style, lists, insert, history; inside a
 * table also table editing), following the WAI-ARIA toolbar pattern. Toggles report their state
 * with `aria-pressed`; Escape goes back to the text.
 */
export function Toolbar({ editor, roving, onWebLink, onLinkToPage, onInsertImage }: ToolbarProps) {
  const { t } = useTranslation();
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

  const groups: readonly { key: string; items: readonly ToolbarItem[] }[] = [
    {
      key: 'text',
      items: [
        {
          key: 'bold',
          icon: icon(IconBold),
          pressed: state.bold,
          run: () => chain().toggleBold().run(),
        },
        {
          key: 'italic',
          icon: icon(IconItalic),
          pressed: state.italic,
          run: () => chain().toggleItalic().run(),
        },
        {
          key: 'heading',
          icon: icon(IconH2),
          pressed: state.heading,
          run: () => chain().toggleHeading({ level: 2 }).run(),
        },
        {
          key: 'blockquote',
          icon: icon(IconBlockquote),
          pressed: state.blockquote,
          run: () => chain().toggleBlockquote().run(),
        },
        {
          key: 'codeBlock',
          icon: icon(IconSourceCode),
          pressed: state.codeBlock,
          run: () => chain().toggleCodeBlock().run(),
        },
      ],
    },
    {
      key: 'lists',
      items: [
        {
          key: 'bulletList',
          icon: icon(IconList),
          pressed: state.bulletList,
          run: () => chain().toggleBulletList().run(),
        },
        {
          key: 'orderedList',
          icon: icon(IconListNumbers),
          pressed: state.orderedList,
          run: () => chain().toggleOrderedList().run(),
        },
        {
          key: 'taskList',
          icon: icon(IconListCheck),
          pressed: state.taskList,
          run: () => chain().toggleTaskList().run(),
        },
      ],
    },
    {
      key: 'insert',
      items: [
        { key: 'webLink', icon: icon(IconLink), run: onWebLink },
        { key: 'pageLink', icon: icon(IconFileSymlink), run: onLinkToPage },
        {
          key: 'insertImage',
          icon: icon(IconPhoto),
          disabled: onInsertImage === undefined,
          run: () => onInsertImage?.(),
        },
        {
          key: 'insertTable',
          icon: icon(IconTable),
          disabled: state.inTable,
          run: () => chain().insertTable(NEW_TABLE).run(),
        },
        {
          key: 'divider',
          icon: icon(IconSeparatorHorizontal),
          run: () => chain().setHorizontalRule().run(),
        },
      ],
    },
    {
      key: 'history',
      items: [
        {
          key: 'undo',
          icon: icon(IconArrowBackUp),
          disabled: !state.canUndo,
          run: () => chain().undo().run(),
        },
        {
          key: 'redo',
          icon: icon(IconArrowForwardUp),
          disabled: !state.canRedo,
          run: () => chain().redo().run(),
        },
      ],
    },
  ];

  return (
    <div
      ref={roving.ref}
      className="kring-toolbar"
      role="toolbar"
      aria-label={t('toolbar.label')}
      onKeyDown={toolbarKeyDown(roving, editor)}
      onFocus={roving.onFocus}
    >
      {groups.map((group, index) => (
        <Fragment key={group.key}>
          {index > 0 && <span className="kring-toolbar__separator" aria-hidden="true" />}
          <div
            className="kring-toolbar__group"
            role="group"
            aria-label={t(`docPage.toolbarGroups.${group.key}`)}
          >
            {group.items.map((item) => (
              <ToolbarButton key={item.key} item={item} label={t(`toolbar.${item.key}`)} />
            ))}
          </div>
        </Fragment>
      ))}
      {state.inTable && (
        <>
          <span className="kring-toolbar__separator" aria-hidden="true" />
          <Suspense fallback={null}>
            <TableControls editor={editor} />
          </Suspense>
        </>
      )}
    </div>
  );
}
