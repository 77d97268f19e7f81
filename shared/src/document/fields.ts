/**
 * Where a Kring document keeps its parts inside its Y.Doc. Browser, server, import/export and tests
 * read and write these names; changing one is a data migration.
 */

/** Name of the `Y.XmlFragment` holding the rich text (Tiptap Collaboration's default field). */
export const CONTENT_FIELD = 'default';

/** Name of the `Y.Text` holding the title. */
export const TITLE_FIELD = 'title';
