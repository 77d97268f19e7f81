import { useId, type MouseEvent } from 'react';
import { useEditorState, type Editor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { headingsOf, type HeadingEntry } from './headings.js';

/** Props of {@link TableOfContents}. */
export interface TableOfContentsProps {
  readonly editor: Editor;
}

/** Puts the caret in a heading and scrolls it into view. */
function goTo(editor: Editor, heading: HeadingEntry): void {
  if (editor.isDestroyed) return;
  const node = editor.view.nodeDOM(heading.pos);
  editor
    .chain()
    .focus(undefined, { scrollIntoView: false })
    .setTextSelection(heading.pos + 1)
    .run();
  if (node instanceof HTMLElement) node.scrollIntoView({ block: 'start', behavior: 'smooth' });
}

/**
 * The document's headings as links that move to them, kept up to date as the text changes.
 * A navigation landmark named "Contents".
 */
export function TableOfContents({ editor }: TableOfContentsProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const headings = useEditorState({
    editor,
    selector: ({ editor: current }) => headingsOf(current.state.doc),
  });

  const onClick = (event: MouseEvent<HTMLAnchorElement>, heading: HeadingEntry) => {
    event.preventDefault();
    goTo(editor, heading);
  };

  return (
    <nav className="kring-panel kring-toc" aria-labelledby={headingId}>
      <h2 className="kring-panel__heading" id={headingId}>
        {t('toc.heading')}
      </h2>
      {headings.length === 0 ? (
        <p className="kring-hint">{t('toc.empty')}</p>
      ) : (
        <ol className="kring-toc__list">
          {headings.map((heading, index) => (
            <li
              key={`${heading.pos}`}
              className={`kring-toc__item kring-toc__item--level-${Math.min(heading.level, 3)}`}
            >
              <a
                className="nl-link kring-toc__link"
                href={`#kring-heading-${index + 1}`}
                onClick={(event) => onClick(event, heading)}
              >
                {heading.text}
              </a>
            </li>
          ))}
        </ol>
      )}
    </nav>
  );
}
