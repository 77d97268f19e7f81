import {
  useCallback,
  useLayoutEffect,
  useRef,
  type FocusEvent,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import type { Editor } from '@tiptap/react';

/** What {@link useRovingToolbar} gives the toolbar element. */
export interface RovingToolbar {
  readonly ref: RefObject<HTMLDivElement | null>;
  readonly onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void;
  /** Remembers a button focused by a click or by the text's Alt+F10. */
  readonly onFocus: (event: FocusEvent<HTMLDivElement>) => void;
  /** Focuses the toolbar's current button (Alt+F10 from the text). */
  readonly focus: () => void;
}

const buttonsOf = (toolbar: HTMLElement | null): HTMLButtonElement[] =>
  toolbar === null ? [] : [...toolbar.querySelectorAll<HTMLButtonElement>('button')];

/**
 * The WAI-ARIA toolbar pattern: one Tab stop; arrow keys (left/right), Home and End move between
 * the buttons. Disabled buttons use `aria-disabled` so they stay reachable. The tabindex is set
 * on the DOM after every render, because buttons come and go (the table group) while the
 * remembered position must survive that.
 */
export function useRovingToolbar(): RovingToolbar {
  const ref = useRef<HTMLDivElement>(null);
  const current = useRef(0);

  useLayoutEffect(() => {
    const buttons = buttonsOf(ref.current);
    if (current.current >= buttons.length) current.current = Math.max(0, buttons.length - 1);
    buttons.forEach((button, index) => {
      button.tabIndex = index === current.current ? 0 : -1;
    });
  });

  const move = useCallback((index: number) => {
    const buttons = buttonsOf(ref.current);
    const target = buttons[index];
    if (target === undefined) return;
    buttons.forEach((button, i) => {
      button.tabIndex = i === index ? 0 : -1;
    });
    current.current = index;
    target.focus();
  }, []);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      const buttons = buttonsOf(ref.current);
      const at = buttons.findIndex((button) => button === document.activeElement);
      if (at < 0 || buttons.length === 0) return;
      let next: number | null = null;
      if (event.key === 'ArrowRight') next = (at + 1) % buttons.length;
      else if (event.key === 'ArrowLeft') next = (at - 1 + buttons.length) % buttons.length;
      else if (event.key === 'Home') next = 0;
      else if (event.key === 'End') next = buttons.length - 1;
      if (next === null) return;
      event.preventDefault();
      move(next);
    },
    [move],
  );

  const onFocus = useCallback((event: FocusEvent<HTMLDivElement>) => {
    const buttons = buttonsOf(ref.current);
    const at = buttons.findIndex((button) => button === (event.target as Element));
    if (at < 0) return;
    current.current = at;
    buttons.forEach((button, i) => {
      button.tabIndex = i === at ? 0 : -1;
    });
  }, []);

  const focus = useCallback(() => move(current.current), [move]);

  return { ref, onKeyDown, onFocus, focus };
}

/**
 * A toolbar's key handling over the text: Escape gives the focus back to the editor, the other
 * keys move along the toolbar.
 */
export function toolbarKeyDown(
  roving: RovingToolbar,
  editor: Editor,
): (event: KeyboardEvent<HTMLDivElement>) => void {
  return (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      editor.commands.focus();
      return;
    }
    roving.onKeyDown(event);
  };
}
