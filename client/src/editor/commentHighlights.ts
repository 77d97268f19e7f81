import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

/** A commented range to highlight. */
export interface CommentRange {
  readonly threadId: string;
  readonly from: number;
  readonly to: number;
  /** The thread chosen in the comments panel. */
  readonly active: boolean;
}

/** Plugin key; dispatch `setMeta(commentHighlightsKey, ranges)` when the threads change. */
export const commentHighlightsKey = new PluginKey<DecorationSet>('kringCommentHighlights');

/**
 * Highlights the text that open comment threads are about (`<span class="kring-commented">`), as
 * decorations: the shared document does not change. Between updates of the threads the ranges
 * follow everyone's edits (mapped); the anchors themselves are Yjs relative positions.
 */
export const CommentHighlights = Extension.create({
  name: 'kringCommentHighlights',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: commentHighlightsKey,
        state: {
          init: () => DecorationSet.empty,
          apply(tr, decorations) {
            const ranges = tr.getMeta(commentHighlightsKey) as readonly CommentRange[] | undefined;
            if (ranges === undefined) return decorations.map(tr.mapping, tr.doc);
            const size = tr.doc.content.size;
            return DecorationSet.create(
              tr.doc,
              ranges
                .filter((range) => range.from < range.to && range.to <= size)
                .map((range) =>
                  Decoration.inline(
                    range.from,
                    range.to,
                    {
                      class: range.active
                        ? 'kring-commented kring-commented--active'
                        : 'kring-commented',
                      'data-thread-id': range.threadId,
                    },
                    { threadId: range.threadId },
                  ),
                ),
            );
          },
        },
        props: {
          decorations: (state) => commentHighlightsKey.getState(state),
        },
      }),
    ];
  },
});
