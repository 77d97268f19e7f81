import { forwardRef } from 'react';
import { useEditorState, type Editor } from '@tiptap/react';
import { BubbleMenu } from '@tiptap/react/menus';
import { useTranslation } from 'react-i18next';
import {
  IconBold,
  IconCode,
  IconItalic,
  IconLink,
  IconMessagePlus,
  IconStrikethrough,
  IconVocabulary,
} from '@tabler/icons-react';
import { ToolbarButton, type ToolbarItem } from './ToolbarButton.js';
import { toolbarKeyDown, useRovingToolbar } from './useRovingToolbar.js';

/** Props of {@link SelectionBubble}. */
export interface SelectionBubbleProps {
  readonly editor: Editor;
  /** Opens the "Link to a website" dialog for the selected text. */
  readonly onWebLink: () => void;
  /** Opens "Explain in glossary" for the selected text; absent where there is no glossary. */
  readonly onExplain?: (() => void) | undefined;
  /** Starts a comment thread on the selected text; absent where the person may not comment. */
  readonly onComment?: (() => void) | undefined;
}

/**
 * A small toolbar above selected text (Tiptap's bubble menu): bold, italic, strikethrough,
 * inline code, link and (with a glossary) "Explain in glossary". The element exists only while shown; Alt+F10 in the text focuses it
 * (see DocumentEditor) and Escape goes back to the text.
 */
export const SelectionBubble = forwardRef<HTMLDivElement, SelectionBubbleProps>(
  function SelectionBubble({ editor, onWebLink, onExplain, onComment }, ref) {
    const { t } = useTranslation();
    const roving = useRovingToolbar();
    const state = useEditorState({
      editor,
      selector: ({ editor: current }) => ({
        bold: current.isActive('bold'),
        italic: current.isActive('italic'),
        strike: current.isActive('strike'),
        code: current.isActive('code'),
        link: current.isActive('link'),
      }),
    });
    const chain = () => editor.chain().focus();
    const items: readonly (ToolbarItem & { label: string })[] = [
      {
        key: 'bold',
        label: t('toolbar.bold'),
        icon: <IconBold aria-hidden="true" size={18} />,
        pressed: state.bold,
        run: () => chain().toggleBold().run(),
      },
      {
        key: 'italic',
        label: t('toolbar.italic'),
        icon: <IconItalic aria-hidden="true" size={18} />,
        pressed: state.italic,
        run: () => chain().toggleItalic().run(),
      },
      {
        key: 'strike',
        label: t('docPage.bubble.strike'),
        icon: <IconStrikethrough aria-hidden="true" size={18} />,
        pressed: state.strike,
        run: () => chain().toggleStrike().run(),
      },
      {
        key: 'code',
        label: t('docPage.bubble.code'),
        icon: <IconCode aria-hidden="true" size={18} />,
        pressed: state.code,
        run: () => chain().toggleCode().run(),
      },
      {
        key: 'link',
        label: t('toolbar.webLink'),
        icon: <IconLink aria-hidden="true" size={18} />,
        pressed: state.link,
        run: onWebLink,
      },
      ...(onComment === undefined
        ? []
        : [
            {
              key: 'comment',
              label: t('comments.add'),
              icon: <IconMessagePlus aria-hidden="true" size={18} />,
              run: onComment,
            },
          ]),
      ...(onExplain === undefined
        ? []
        : [
            {
              key: 'explain',
              label: t('glossary.explainSelection'),
              icon: <IconVocabulary aria-hidden="true" size={18} />,
              run: onExplain,
            },
          ]),
    ];
    return (
      <BubbleMenu
        editor={editor}
        className="kring-bubble"
        options={{ placement: 'top', offset: 8, flip: {}, shift: { padding: 8 } }}
      >
        <div
          ref={(element) => {
            roving.ref.current = element;
            if (typeof ref === 'function') ref(element);
            else if (ref !== null) ref.current = element;
          }}
          className="kring-toolbar kring-bubble__toolbar"
          role="toolbar"
          aria-label={t('docPage.bubble.label')}
          onKeyDown={toolbarKeyDown(roving, editor)}
          onFocus={roving.onFocus}
        >
          {items.map((item) => (
            <ToolbarButton key={item.key} item={item} label={item.label} />
          ))}
        </div>
      </BubbleMenu>
    );
  },
);
