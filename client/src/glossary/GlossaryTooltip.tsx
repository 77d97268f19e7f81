import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Editor } from '@tiptap/react';
import type { GlossaryEntryView } from '@kring/shared';
import { GLOSSARY_TIP_ID, termAt } from '../editor/glossaryMarks.js';
import { AppLink } from '../routing/AppLink.js';
import { glossaryPath } from '../routing/paths.js';

/** Props of {@link GlossaryTooltip}. */
export interface GlossaryTooltipProps {
  readonly editor: Editor;
  readonly slug: string;
  readonly entries: ReadonlyMap<string, GlossaryEntryView>;
}

interface Shown {
  readonly entry: GlossaryEntryView;
  /** Where the term is on screen (viewport coordinates). */
  readonly anchor: { readonly left: number; readonly top: number; readonly bottom: number };
  /** What showed it: the pointer keeps it while over term or tooltip; the others until they move. */
  readonly by: 'pointer' | 'focus' | 'caret';
}

/** Time the pointer may take from the term to the tooltip before it closes (WCAG 1.4.13). */
const LEAVE_GRACE_MS = 300;

const termOf = (target: EventTarget | null) =>
  target instanceof Element ? target.closest<HTMLElement>('.kring-term') : null;

/**
 * The definition of a glossary term, shown while the pointer is over it, while it has keyboard
 * focus (read-only pages) or while the caret is in it; it stays while the pointer moves onto it
 * and Escape dismisses it. Every term is described by it (`aria-describedby`).
 */
export function GlossaryTooltip({ editor, slug, entries }: GlossaryTooltipProps) {
  const { t } = useTranslation();
  const [shown, setShown] = useState<Shown | null>(null);
  const leaveTimer = useRef<number | undefined>(undefined);

  useEffect(() => {
    const dom = editor.view.dom;
    const show = (element: HTMLElement, by: Shown['by']) => {
      const entry = entries.get(element.dataset['termId'] ?? '');
      if (entry === undefined) return;
      window.clearTimeout(leaveTimer.current);
      const rect = element.getBoundingClientRect();
      setShown({ entry, anchor: { left: rect.left, top: rect.top, bottom: rect.bottom }, by });
    };
    const hideSoon = () => {
      window.clearTimeout(leaveTimer.current);
      leaveTimer.current = window.setTimeout(() => setShown(null), LEAVE_GRACE_MS);
    };
    const onOver = (event: MouseEvent) => {
      const term = termOf(event.target);
      if (term !== null) show(term, 'pointer');
    };
    const onOut = (event: MouseEvent) => {
      if (termOf(event.target) !== null && termOf(event.relatedTarget) === null) hideSoon();
    };
    const onFocus = (event: FocusEvent) => {
      const term = termOf(event.target);
      if (term !== null) show(term, 'focus');
    };
    const onBlur = (event: FocusEvent) => {
      if (termOf(event.target) !== null) setShown(null);
    };
    const onCaret = () => {
      const { selection } = editor.state;
      const found = selection.empty ? termAt(editor.state, selection.from) : null;
      if (found === null) {
        setShown((current) => (current?.by === 'caret' ? null : current));
        return;
      }
      const { node } = editor.view.domAtPos(found.from + 1);
      const element = termOf(node instanceof Element ? node : node.parentElement);
      if (element !== null) show(element, 'caret');
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setShown(null);
    };
    const onScroll = () => setShown(null);
    dom.addEventListener('mouseover', onOver);
    dom.addEventListener('mouseout', onOut);
    dom.addEventListener('focusin', onFocus);
    dom.addEventListener('focusout', onBlur);
    dom.addEventListener('keydown', onKey);
    window.addEventListener('scroll', onScroll, { capture: true, passive: true });
    editor.on('selectionUpdate', onCaret);
    return () => {
      window.clearTimeout(leaveTimer.current);
      dom.removeEventListener('mouseover', onOver);
      dom.removeEventListener('mouseout', onOut);
      dom.removeEventListener('focusin', onFocus);
      dom.removeEventListener('focusout', onBlur);
      dom.removeEventListener('keydown', onKey);
      window.removeEventListener('scroll', onScroll, { capture: true });
      editor.off('selectionUpdate', onCaret);
    };
  }, [editor, entries]);

  // The element is always there (empty when nothing is shown): every term points to its id.
  const below = shown === null || shown.anchor.bottom + 200 < window.innerHeight;
  const style =
    shown === null
      ? undefined
      : {
          left: Math.max(8, Math.min(shown.anchor.left, window.innerWidth - 328)),
          ...(below
            ? { top: shown.anchor.bottom + 6 }
            : { bottom: window.innerHeight - shown.anchor.top + 6 }),
        };
  return createPortal(
    <div
      id={GLOSSARY_TIP_ID}
      role="tooltip"
      className="kring-glossary-tip"
      hidden={shown === null}
      style={style}
      onMouseEnter={() => window.clearTimeout(leaveTimer.current)}
      onMouseLeave={() => setShown((current) => (current?.by === 'pointer' ? null : current))}
    >
      {shown !== null && (
        <>
          <strong className="kring-glossary-tip__term">{shown.entry.term}</strong>
          <span className="kring-glossary-tip__definition">{shown.entry.definition}</span>
          <AppLink to={glossaryPath(slug, shown.entry.id)} className="kring-glossary-tip__link">
            {t('glossary.tipLink')}
          </AppLink>
        </>
      )}
    </div>,
    document.body,
  );
}
