import { zipSync } from 'fflate';

/** Markdown files, by name. */
const MARKDOWN = /\.(md|markdown)$/i;

/** A picked file with the path inside the chosen folder (`webkitRelativePath`). */
export interface FolderFile {
  readonly path: string;
  bytes(): Promise<Uint8Array>;
}

/**
 * Packs the Markdown files of a chosen folder into one zip, keeping their folders, so the server
 * imports the folder as a page tree (the same as uploading a zip). Returns null when the folder
 * holds no Markdown files.
 */
export async function zipMarkdownFolder(
  files: readonly FolderFile[],
): Promise<{ name: string; zip: Uint8Array } | null> {
  const markdown = files.filter((file) => MARKDOWN.test(file.path));
  if (markdown.length === 0) return null;
  const entries: Record<string, Uint8Array> = {};
  for (const file of markdown) entries[file.path] = await file.bytes();
  const top = markdown[0]!.path.split('/')[0] ?? 'folder';
  return { name: `${top}.zip`, zip: zipSync(entries) };
}
