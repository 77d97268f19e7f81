import { useEffect, useRef } from 'react';
import type { Editor } from '@tiptap/react';
import { findMatch } from './findMatch.js';
import { searchHighlightKey } from './searchHighlight.js';

/** How long to keep looking for the match after the document has loaded. */
const GIVE_UP_MS = 10_000;

/**
 * Opens the document at a search hit: once the text contains a match for `query` (the content
 * arrives from this browser's copy and the server), marks the first match, puts the caret there
 * and scrolls it to the middle of the screen. Looks once per query.
 */
export function useSearchHighlight(editor: Editor, query: string | null, loaded: boolean): void {
  const shown = useRef<{ editor: Editor; query: string } | null>(null);
  useEffect(() => {
    if (query === null || query.trim() === '' || editor.isDestroyed) return undefined;
    if (shown.current?.editor === editor && shown.current.query === query) return undefined;
    let done = false;
    let timer: number | undefined;

    const tryHighlight = () => {
      if (done || editor.isDestroyed) return;
      const range = findMatch(editor.state.doc, query);
      if (range === null) return;
      done = true;
      shown.current = { editor, query };
      editor.off('update', tryHighlight);
      editor.view.dispatch(editor.state.tr.setMeta(searchHighlightKey, range));
      // The caret goes before the match (a selection would also open the selection menu over it).
      editor.commands.setTextSelection(range.from);
      const { node } = editor.view.domAtPos(range.from);
      const element = node instanceof Element ? node : node.parentElement;
      element?.scrollIntoView({ block: 'center' });
      editor.commands.focus(undefined, { scrollIntoView: false });
    };

    tryHighlight();
    if (!done) {
      editor.on('update', tryHighlight);
      if (loaded) timer = window.setTimeout(() => editor.off('update', tryHighlight), GIVE_UP_MS);
    }
    return () => {
      done = true;
      window.clearTimeout(timer);
      editor.off('update', tryHighlight);
    };
  }, [editor, query, loaded]);
}
