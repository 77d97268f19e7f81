import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/**
 * Where files pasted or dropped into the editor go: the document page sets `onFiles`, which
 * uploads images (asking for their text alternative) and explains that other files belong under
 * "Attachments". Outside React, like the slash menu's controller.
 */
export class ImageFilesController {
  /** Called with the files and, for a drop, the document position they were dropped at. */
  onFiles: ((files: File[], position: number | null) => void) | null = null;
}

/** Options of {@link ImageFiles}. */
export interface ImageFilesOptions {
  readonly controller: ImageFilesController | null;
}

const imageFilesKey = new PluginKey('kringImageFiles');

function handOver(
  view: EditorView,
  controller: ImageFilesController,
  files: FileList | null | undefined,
  position: number | null,
): boolean {
  if (!view.editable || controller.onFiles === null) return false;
  const list = Array.from(files ?? []);
  if (list.length === 0) return false;
  controller.onFiles(list, position);
  return true;
}

/**
 * Files pasted or dropped into the editor are not put in the text as they are (a browser would
 * otherwise open a dropped file instead of the page): they are handed to the controller. Moving
 * content inside the editor and pasting text or HTML work as before.
 */
export const ImageFiles = Extension.create<ImageFilesOptions>({
  name: 'kringImageFiles',
  addOptions() {
    return { controller: null };
  },
  addProseMirrorPlugins() {
    const { controller } = this.options;
    if (controller === null) return [];
    return [
      new Plugin({
        key: imageFilesKey,
        props: {
          handlePaste: (view, event) => {
            const handled = handOver(view, controller, event.clipboardData?.files, null);
            if (handled) event.preventDefault();
            return handled;
          },
          handleDrop: (view, event, _slice, moved) => {
            if (moved) return false;
            const position =
              view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos ?? null;
            const handled = handOver(view, controller, event.dataTransfer?.files, position);
            if (handled) event.preventDefault();
            return handled;
          },
        },
      }),
    ];
  },
});
