import * as Y from 'yjs';
import {
  absolutePositionToRelativePosition,
  relativePositionToAbsolutePosition,
  ySyncPluginKey,
} from '@tiptap/y-tiptap';
import type { Editor } from '@tiptap/react';
import { CONTENT_FIELD, COMMENT_LIMITS, type CommentAnchor } from '@kring/shared';

/** A range of the page, as editor positions. */
export interface TextRange {
  readonly from: number;
  readonly to: number;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}

function binding(editor: Editor) {
  // y-tiptap keeps the position mapping between the editor and the Y.Doc in its plugin state.
  const state = ySyncPluginKey.getState(editor.state) as
    { binding?: { mapping: Parameters<typeof absolutePositionToRelativePosition>[2] } } | undefined;
  return state?.binding ?? null;
}

/**
 * The browser's selection inside the text as editor positions: on a page the person may only
 * read, the editor keeps no selection of its own, but the browser still selects text.
 */
function domSelectionRange(editor: Editor): TextRange | null {
  const selection = window.getSelection();
  if (selection === null || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const dom = editor.view.dom;
  if (!dom.contains(range.startContainer) || !dom.contains(range.endContainer)) return null;
  try {
    const from = editor.view.posAtDOM(range.startContainer, range.startOffset);
    const to = editor.view.posAtDOM(range.endContainer, range.endOffset);
    return from < to ? { from, to } : null;
  } catch {
    return null;
  }
}

/**
 * The selected text (the editor's selection, else the browser's inside the text) as a comment
 * anchor: two Yjs relative positions, which keep pointing at the same characters while anyone
 * edits around or inside them. Null when no text is selected.
 */
export function anchorOfSelection(
  editor: Editor,
  doc: Y.Doc,
): { anchor: CommentAnchor; quote: string } | null {
  const own = editor.state.selection;
  const selected = own.empty ? domSelectionRange(editor) : { from: own.from, to: own.to };
  const yBinding = binding(editor);
  if (selected === null || yBinding === null) return null;
  const { from, to } = selected;
  const fragment = doc.getXmlFragment(CONTENT_FIELD);
  const encode = (pos: number) =>
    toBase64(
      Y.encodeRelativePosition(
        absolutePositionToRelativePosition(pos, fragment, yBinding.mapping) as Y.RelativePosition,
      ),
    );
  const quote = editor.state.doc.textBetween(from, to, ' ').trim().slice(0, COMMENT_LIMITS.quote);
  return { anchor: { start: encode(from), end: encode(to) }, quote };
}

/** Where an anchor is now; null when its text was deleted (the thread is then detached). */
export function rangeOfAnchor(editor: Editor, doc: Y.Doc, anchor: CommentAnchor): TextRange | null {
  const yBinding = binding(editor);
  if (yBinding === null) return null;
  const fragment = doc.getXmlFragment(CONTENT_FIELD);
  try {
    const resolve = (encoded: string) =>
      relativePositionToAbsolutePosition(
        doc,
        fragment,
        Y.decodeRelativePosition(fromBase64(encoded)),
        yBinding.mapping,
      );
    const from = resolve(anchor.start);
    const to = resolve(anchor.end);
    return from === null || to === null || to <= from ? null : { from, to };
  } catch {
    // An anchor this page cannot read (from another document, or damaged): treat as detached.
    return null;
  }
}
