import type { Extensions } from '@tiptap/core';
import Image from '@tiptap/extension-image';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { isAllowedHref, isAllowedImageSrc } from '@kring/shared';
import { kringContentExtensions } from '@kring/shared/content';
import { UnknownMarks } from './unknownMarks.js';

/** Tiptap's image (same name and attributes), taking pasted `<img>`s only from allowed sources. */
const KringImage = Image.extend({
  parseHTML() {
    return [
      {
        tag: 'img[src]',
        getAttrs: (element: HTMLElement) =>
          isAllowedImageSrc(element.getAttribute('src') ?? '') ? null : false,
      },
    ];
  },
});

/** Options of {@link contentExtensions}. */
export interface ContentExtensionOptions {
  /** Accessible name of a task's checkbox (the task text is passed in). */
  readonly taskLabel?: (text: string, checked: boolean) => string;
}

/**
 * What a Kring document may contain: the same node and mark types, with Tiptap's default names,
 * as the server's: both build on `kringContentExtensions` (`@kring/shared/content`). StarterKit brings headings, lists, code blocks, quotes, rules,
 * `link` and `underline`; tables, task lists and images are added. Images come from imports or
 * are uploaded as attachments of the page (`src="/api/files/<id>"`, see `ImageDialog`); pasted
 * HTML keeps only images with an allowed source ({@link isAllowedImageSrc}).
 *
 * Only content and input behaviour belong here (Markdown shortcuts are Tiptap's input rules):
 * the live editor adds collaboration on top, the version viewer uses these alone.
 */
export function contentExtensions(options: ContentExtensionOptions = {}): Extensions {
  const { taskLabel } = options;
  return [
    ...kringContentExtensions({
      link: {
        openOnClick: false,
        autolink: true,
        linkOnPaste: true,
        defaultProtocol: 'https',
        // Only http(s), mailto and paths on this site (linkify knows these schemes already).
        isAllowedUri: (url) => isAllowedHref(url),
        shouldAutoLink: (url) => isAllowedHref(url),
      },
      ...(taskLabel === undefined
        ? {}
        : {
            taskItem: {
              a11y: {
                checkboxLabel: (node: ProseMirrorNode, checked: boolean) =>
                  taskLabel(node.textContent, checked),
              },
            },
          }),
      image: KringImage,
    }),
    // Text with a mark of another schema version stays readable (the mark is dropped).
    UnknownMarks,
  ];
}
