import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { DocRange } from './findMatch.js';

/** Plugin key of the search-match highlight; dispatch `setMeta(key, range | null)`. */
export const searchHighlightKey = new PluginKey<DecorationSet>('kringSearchHighlight');

/**
 * Marks one range (the search hit the person came from) with `<mark class="kring-search-match">`.
 * A decoration, so the shared document does not change; it follows edits around it.
 */
export const SearchHighlight = Extension.create({
  name: 'kringSearchHighlight',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: searchHighlightKey,
        state: {
          init: () => DecorationSet.empty,
          apply(tr, decorations) {
            const meta = tr.getMeta(searchHighlightKey) as DocRange | null | undefined;
            if (meta === null) return DecorationSet.empty;
            if (meta !== undefined) {
              return DecorationSet.create(tr.doc, [
                Decoration.inline(meta.from, meta.to, {
                  nodeName: 'mark',
                  class: 'kring-search-match',
                }),
              ]);
            }
            return decorations.map(tr.mapping, tr.doc);
          },
        },
        props: {
          decorations: (state) => searchHighlightKey.getState(state),
        },
      }),
    ];
  },
});
