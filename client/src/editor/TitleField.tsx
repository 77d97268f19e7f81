import { useEffect, useRef, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { MAX_TITLE_LENGTH } from '@kring/shared';
import { diffText, mapPosition } from './textDiff.js';

/** Props of {@link TitleField}. */
export interface TitleFieldProps {
  /** The shared title. */
  readonly text: Y.Text;
  /** Shown but not editable (the person may only read). */
  readonly readOnly?: boolean;
  /** Enter (or Down) in the title: move into the text. */
  readonly onEnter?: () => void;
}

/**
 * The document title as the first line of the page: a borderless heading-sized text area (named
 * "Title") bound to a Y.Text; Enter moves into the text. The input is uncontrolled so that a
 * remote change can be applied while keeping this person's caret where it belongs.
 */
export function TitleField({ text, readOnly = false, onEnter }: TitleFieldProps) {
  const { t } = useTranslation();
  const inputRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    const input = inputRef.current;
    if (input === null) return undefined;
    const showShared = () => {
      const shared = text.toString();
      if (input.value === shared) return;
      const change = diffText(input.value, shared);
      const { selectionStart, selectionEnd } = input;
      const focused = document.activeElement === input;
      input.value = shared;
      if (focused && selectionStart !== null && selectionEnd !== null) {
        input.setSelectionRange(
          mapPosition(selectionStart, change),
          mapPosition(selectionEnd, change),
        );
      }
    };
    showShared();
    text.observe(showShared);
    return () => text.unobserve(showShared);
  }, [text]);

  const onInput = (event: FormEvent<HTMLTextAreaElement>) => {
    if (readOnly) return;
    const field = event.currentTarget;
    // One line, which wraps on narrow screens: a pasted line break becomes a space.
    if (/[\r\n]/.test(field.value)) field.value = field.value.replace(/[\r\n]+/g, ' ');
    const value = field.value.slice(0, MAX_TITLE_LENGTH);
    const { index, deleteCount, insert } = diffText(text.toString(), value);
    if (deleteCount === 0 && insert === '') return;
    const apply = () => {
      if (deleteCount > 0) text.delete(index, deleteCount);
      if (insert !== '') text.insert(index, insert);
    };
    if (text.doc === null) apply();
    else text.doc.transact(apply);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (onEnter === undefined || event.nativeEvent.isComposing) return;
    const field = event.currentTarget;
    const atEnd = field.selectionStart === field.value.length;
    if (event.key === 'Enter' || (event.key === 'ArrowDown' && atEnd)) {
      event.preventDefault();
      onEnter();
    }
  };

  return (
    <div className="kring-title">
      <textarea
        ref={inputRef}
        rows={1}
        aria-label={t('document.titleLabel')}
        placeholder={t('document.untitled')}
        className="kring-title__input"
        maxLength={MAX_TITLE_LENGTH}
        autoComplete="off"
        spellCheck
        readOnly={readOnly}
        onInput={onInput}
        onKeyDown={onKeyDown}
      />
    </div>
  );
}
