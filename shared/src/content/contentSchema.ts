import { getSchema, type Extensions } from '@tiptap/core';
import Image from '@tiptap/extension-image';
import { TaskItem, TaskList, type TaskItemOptions } from '@tiptap/extension-list';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import StarterKit, { type StarterKitOptions } from '@tiptap/starter-kit';
import type { Schema } from '@tiptap/pm/model';

/** What the browser adds on top of the content schema: input behaviour, never new content. */
export interface ContentSchemaOptions {
  /** Link input behaviour (autolink, paste, allowed URIs); the stored attributes stay the same. */
  readonly link?: Exclude<StarterKitOptions['link'], false | undefined>;
  /** Task item behaviour, e.g. its translated checkbox label (`a11y.checkboxLabel`). */
  readonly taskItem?: Partial<TaskItemOptions>;
  /** Tiptap's image node extended with input rules (same name and attributes). */
  readonly image?: typeof Image;
}

/**
 * The Tiptap extensions that define what a Kring document may contain, in the browser and on the
 * server alike. StarterKit brings paragraphs, headings, lists, code blocks, quotes, rules, `link`
 * (attr `href`) and `underline`; added are `table`/`tableRow`/`tableHeader`/`tableCell`,
 * `taskList`/`taskItem` (attr `checked`, nestable) and `image` (attrs `src`, `alt`, `title`,
 * block-level). Undo/redo is off because Yjs keeps the history (per person). The browser adds
 * `Collaboration` and `CollaborationCaret` on top.
 */
export function kringContentExtensions(options: ContentSchemaOptions = {}): Extensions {
  return [
    StarterKit.configure({
      undoRedo: false,
      // The attribute defaults shape the stored marks: the same for every caller.
      link: {
        ...options.link,
        HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
      },
    }),
    Table.configure({ resizable: false }),
    TableRow,
    TableHeader,
    TableCell,
    TaskList,
    TaskItem.configure({ ...options.taskItem, nested: true }),
    (options.image ?? Image).configure({ inline: false, allowBase64: true }),
  ];
}

/** The ProseMirror schema of Kring documents (built without a DOM). */
export const kringSchema: Schema = getSchema(kringContentExtensions());
