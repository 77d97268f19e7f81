import { getSchema, type Extensions } from '@tiptap/core';
import Image from '@tiptap/extension-image';
import { TaskItem, TaskList } from '@tiptap/extension-list';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import StarterKit from '@tiptap/starter-kit';
import type { Schema } from '@tiptap/pm/model';

/**
 * The Tiptap extensions that define what a Kring document may contain, in the browser and on the
 * server alike. StarterKit 3.31 already brings `link` (mark, attr `href`) and `underline`; the
 * other node types are added here: `table`/`tableRow`/`tableHeader`/`tableCell`, `taskList`/
 * `taskItem` (attr `checked`, nestable) and `image` (attrs `src`, `alt`, `title`, block-level).
 *
 * Only content extensions belong here, no editor behaviour bound to a session: the browser adds
 * `Collaboration` and `CollaborationCaret` on top. Undo/redo is off because Yjs keeps the history.
 * The module imports nothing from the server, so it can move to a shared package unchanged.
 */
export function kringContentExtensions(): Extensions {
  return [
    StarterKit.configure({
      undoRedo: false,
      // The attribute defaults shape the stored marks: keep them equal to the editor's.
      link: { HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null } },
    }),
    Table.configure({ resizable: false }),
    TableRow,
    TableHeader,
    TableCell,
    TaskList,
    TaskItem.configure({ nested: true }),
    Image.configure({ inline: false, allowBase64: true }),
  ];
}

/** The ProseMirror schema of Kring documents (built without a DOM). */
export const kringSchema: Schema = getSchema(kringContentExtensions());

/** Name of the `Y.XmlFragment` holding the rich text (Tiptap Collaboration's default field). */
export const CONTENT_FIELD = 'default';

/** Name of the `Y.Text` holding the title. */
export const TITLE_FIELD = 'title';
