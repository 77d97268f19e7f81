import type { Extensions } from '@tiptap/core';
import Image from '@tiptap/extension-image';
import { TaskItem, TaskList } from '@tiptap/extension-list';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import StarterKit from '@tiptap/starter-kit';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { isAllowedHref } from './linkPolicy.js';

/** Options of {@link contentExtensions}. */
export interface ContentExtensionOptions {
  /** Accessible name of a task's checkbox (the task text is passed in). */
  readonly taskLabel?: (text: string, checked: boolean) => string;
}

/**
 * What a Kring document may contain: the same node and mark types, with Tiptap's default names,
 * as the server's schema (`server/src/transfer/schema.ts`), which imports and exports documents
 * and reads them for search. StarterKit brings headings, lists, code blocks, quotes, rules,
 * `link` and `underline`; tables, task lists and images are added. Images are only shown (from
 * imports); there is no way to add one yet.
 *
 * Only content and input behaviour belong here (Markdown shortcuts are Tiptap's input rules):
 * the live editor adds collaboration on top, the version viewer uses these alone.
 */
export function contentExtensions(options: ContentExtensionOptions = {}): Extensions {
  const { taskLabel } = options;
  return [
    StarterKit.configure({
      // Yjs keeps the history (per person), so Tiptap's own undo must be off.
      undoRedo: false,
      link: {
        openOnClick: false,
        autolink: true,
        linkOnPaste: true,
        defaultProtocol: 'https',
        // Only http(s), mailto and paths on this site (linkify knows these schemes already).
        isAllowedUri: (url) => isAllowedHref(url),
        shouldAutoLink: (url) => isAllowedHref(url),
        HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
      },
    }),
    Table.configure({ resizable: false }),
    TableRow,
    TableHeader,
    TableCell,
    TaskList,
    TaskItem.configure({
      nested: true,
      ...(taskLabel === undefined
        ? {}
        : {
            a11y: {
              checkboxLabel: (node: ProseMirrorNode, checked: boolean) =>
                taskLabel(node.textContent, checked),
            },
          }),
    }),
    Image.configure({ inline: false, allowBase64: true }),
  ];
}
