import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { PluginKey, PluginView } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/** A part of the document, as positions. */
export interface DocWindow {
  readonly from: number;
  readonly to: number;
}

/** A change of more positions than this measures the window again. */
const LARGE_CHANGE = 200;

/** Fewest top-level blocks marked above and below what is on screen. */
const MIN_MARGIN_BLOCKS = 20;

/** Position where top-level block `index` starts (the end of the document past the last). */
function blockStart(doc: ProseMirrorNode, index: number): number {
  let pos = 0;
  for (let i = 0; i < Math.min(index, doc.childCount); i++) pos += doc.child(i).nodeSize;
  return pos;
}

/**
 * The part of the document on screen, widened by as many top-level blocks again above and below
 * (at least {@link MIN_MARGIN_BLOCKS}), so scrolling a little shows marks at once.
 */
function windowOnScreen(view: EditorView): { visible: DocWindow; widened: DocWindow } {
  const { doc } = view.state;
  const rect = view.dom.getBoundingClientRect();
  const top = Math.max(rect.top, 0) + 1;
  const bottom = Math.min(rect.bottom, window.innerHeight) - 1;
  if (bottom <= top) return { visible: { from: 0, to: 0 }, widened: { from: 0, to: 0 } };
  const left = rect.left + Math.min(rect.width / 2, 48);
  const start = view.posAtCoords({ left, top })?.pos ?? 0;
  const end = view.posAtCoords({ left, top: bottom })?.pos ?? doc.content.size;
  const first = doc.resolve(Math.min(start, doc.content.size)).index(0);
  const last = doc.resolve(Math.min(end, doc.content.size)).index(0);
  const margin = Math.max(last - first + 1, MIN_MARGIN_BLOCKS);
  return {
    visible: { from: blockStart(doc, first), to: blockStart(doc, last + 1) },
    widened: {
      from: blockStart(doc, Math.max(0, first - margin)),
      to: blockStart(doc, last + 1 + margin),
    },
  };
}

const covers = (outer: DocWindow, inner: DocWindow) =>
  outer.from <= inner.from && outer.to >= inner.to;

/**
 * Keeps the glossary marks' window on what is on screen: measures after the marks are switched
 * on and on scrolling or resizing (once per frame), and tells the plugin (`{ window }`) when the
 * screen has moved out of the marked part.
 */
export function watchMarkedWindow<
  T extends { readonly marking: unknown; readonly window: DocWindow | null },
>(view: EditorView, key: PluginKey<T>): PluginView {
  let frame = 0;
  const measure = () => {
    frame = 0;
    const state = key.getState(view.state);
    if (view.isDestroyed || state === undefined || state.marking === null) return;
    const { visible, widened } = windowOnScreen(view);
    // Kept while it covers the screen and has not grown far beyond it (a large insert inside it).
    const current = state.window;
    const tooLarge =
      current !== null && current.to - current.from > 2 * (widened.to - widened.from);
    if (current !== null && covers(current, visible) && !tooLarge) return;
    view.dispatch(view.state.tr.setMeta(key, { window: widened }).setMeta('addToHistory', false));
  };
  const schedule = () => {
    if (frame === 0) frame = requestAnimationFrame(measure);
  };
  window.addEventListener('scroll', schedule, { capture: true, passive: true });
  window.addEventListener('resize', schedule, { passive: true });
  return {
    // Small edits move the window with the text (the plugin maps it): measuring again on every
    // keystroke would cost a forced layout and two hit tests each time. A window not yet measured
    // (marks just switched on), and one after a large change (the page's content arriving, a
    // paste, someone else's big edit, which mapping would fold into the window), are measured.
    update(current, previous) {
      const state = key.getState(current.state);
      if (state === undefined || state.marking === null) return;
      const grown = Math.abs(current.state.doc.content.size - previous.doc.content.size);
      if (state.window === null || grown > LARGE_CHANGE) schedule();
    },
    destroy() {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule, { capture: true });
      window.removeEventListener('resize', schedule);
    },
  };
}
