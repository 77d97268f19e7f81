/**
 * Import and export of Kring documents: Markdown (single files and folder trees, zipped or not),
 * DOCX, standalone HTML with a print stylesheet, and the bridge to the Y.Docs the editor edits.
 * Pure functions over ProseMirror JSON; HTTP routes and UI live elsewhere.
 */
export {
  emptyDoc,
  normalizeDoc,
  type ImportedDocument,
  type MarkJson,
  type NodeJson,
} from './docJson.js';
export { TransferError, type TransferErrorCode } from './TransferError.js';
export {
  MAX_UPLOAD_BYTES,
  MAX_ARCHIVE_FILES,
  MAX_UNPACKED_BYTES,
  MAX_TREE_DEPTH,
  MAX_FILE_NAME_LENGTH,
  MAX_INLINE_IMAGE_BYTES,
} from './limits.js';
export { markdownToDoc, type MarkdownImportOptions } from './markdownToDoc.js';
export { docToMarkdown } from './docToMarkdown.js';
export { docToHtml, type HtmlExportOptions } from './docToHtml.js';
export { htmlToDoc } from './htmlToDoc.js';
export { docToDocx } from './docToDocx.js';
export { docxToDoc } from './docxToDoc.js';
export { applyDocToYDoc, docToYDoc, yDocToDoc } from './yDocBridge.js';
export {
  exportTree,
  importMarkdownFiles,
  importMarkdownZip,
  type ExportPage,
  type ImportedPage,
  type SourceFile,
} from './markdownFolder.js';
export { readZip, writeZip, type ArchiveEntry } from './zipArchive.js';
export { safeFileName } from './archivePaths.js';
export type { ExportOptions } from './siteLinks.js';
