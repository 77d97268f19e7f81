/** Largest uploaded file accepted for import (a Markdown file, a zip or a DOCX): 20 MiB. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** Most entries read from one zip archive (directories included). */
export const MAX_ARCHIVE_FILES = 2_000;

/** Most bytes a zip archive may expand to, all entries together (against zip bombs): 100 MiB. */
export const MAX_UNPACKED_BYTES = 100 * 1024 * 1024;

/** Deepest folder nesting accepted in an imported tree. */
export const MAX_TREE_DEPTH = 32;

/** Longest file or folder name written to an exported archive (characters, before the extension). */
export const MAX_FILE_NAME_LENGTH = 80;

/** Largest image kept inline (as a `data:` URI) when importing a DOCX; larger ones are dropped. */
export const MAX_INLINE_IMAGE_BYTES = 2 * 1024 * 1024;

/**
 * Most nodes (paragraphs, list items, cells, text runs…) one import may create, all pages together:
 * a 300-page report has about 30,000.
 */
export const MAX_IMPORT_NODES = 200_000;

/** Default time one import or export may take on the transfer worker (ms). */
export const DEFAULT_TRANSFER_TIMEOUT_MS = 30_000;

/** Default heap of the transfer worker (MiB). */
export const DEFAULT_TRANSFER_MEMORY_MB = 512;
