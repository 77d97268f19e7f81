import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { DocumentId } from '@kring/shared';
import { internalDocumentId, isAllowedHref } from '@kring/shared';

/** Options of {@link InternalLinks}. */
export interface InternalLinksOptions {
  /** Opens a Kring document inside the app. */
  readonly openDocument: ((id: DocumentId) => void) | null;
}

/**
 * Following links from the text. Read-only: a click on a link to a Kring document opens it in the
 * app (other links work as usual). While editing, a click places the caret; Ctrl/⌘+click follows
 * the link (in the app, or a new tab for other sites).
 */
export const InternalLinks = Extension.create<InternalLinksOptions>({
  name: 'kringInternalLinks',
  addOptions() {
    return { openDocument: null };
  },
  addProseMirrorPlugins() {
    const { openDocument } = this.options;
    return [
      new Plugin({
        key: new PluginKey('kringInternalLinks'),
        props: {
          handleDOMEvents: {
            click(view, event) {
              if (event.button !== 0 || !(event.target instanceof Element)) return false;
              const anchor = event.target.closest('a[href]');
              if (anchor === null || !view.dom.contains(anchor)) return false;
              const href = anchor.getAttribute('href') ?? '';
              const modifier = event.ctrlKey || event.metaKey;
              if (view.editable && !modifier) return false;
              const id = internalDocumentId(href, location.origin);
              if (id !== null && openDocument !== null && !event.shiftKey && !event.altKey) {
                if (!view.editable && modifier) return false; // new tab, as the browser does
                event.preventDefault();
                openDocument(id);
                return true;
              }
              if (view.editable && isAllowedHref(href)) {
                event.preventDefault();
                window.open(href, '_blank', 'noopener,noreferrer');
                return true;
              }
              return false;
            },
          },
        },
      }),
    ];
  },
});
