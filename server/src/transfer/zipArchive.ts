import { zipSync, type Zippable } from 'fflate';
import { normalizeArchivePath } from './archivePaths.js';
import { MAX_ARCHIVE_FILES, MAX_UNPACKED_BYTES, MAX_UPLOAD_BYTES } from './limits.js';
import { TransferError } from './TransferError.js';
import { inflateEntry, readZipDirectory } from './zipDirectory.js';

/** A file read from, or written to, a zip archive. */
export interface ArchiveEntry {
  /** Normalised path (`folder/file.md`), see {@link normalizeArchivePath}. */
  path: string;
  data: Uint8Array;
}

/**
 * Reads the files of a zip archive (folder entries are skipped) with every path checked for zip
 * slip. Sizes are checked before anything is decompressed, and inflating stops at an entry's
 * declared size (a lying entry is refused, and costs no more CPU than it declares).
 * @throws TransferError `too_large` (archive above {@link MAX_UPLOAD_BYTES} or expanding beyond
 * {@link MAX_UNPACKED_BYTES}), `too_many_files` (above {@link MAX_ARCHIVE_FILES} entries),
 * `unsafe_path`, `too_deep`, `invalid_archive`.
 */
export function readZip(archive: Uint8Array): ArchiveEntry[] {
  if (archive.byteLength > MAX_UPLOAD_BYTES) {
    throw new TransferError('too_large', `Archive larger than ${MAX_UPLOAD_BYTES} bytes.`);
  }
  let count = 0;
  let unpacked = 0;
  const directory = readZipDirectory(archive, (file) => {
    if (++count > MAX_ARCHIVE_FILES) {
      throw new TransferError(
        'too_many_files',
        `More than ${MAX_ARCHIVE_FILES} files in the archive.`,
      );
    }
    normalizeArchivePath(file.name);
    unpacked += file.size;
    if (unpacked > MAX_UNPACKED_BYTES) {
      throw new TransferError(
        'too_large',
        `Archive expands to more than ${MAX_UNPACKED_BYTES} bytes.`,
      );
    }
  });
  const seen = new Set<string>();
  const entries: ArchiveEntry[] = [];
  for (const file of directory) {
    if (file.name.endsWith('/')) continue;
    const path = normalizeArchivePath(file.name);
    if (path === '' || seen.has(path)) continue;
    seen.add(path);
    entries.push({ path, data: inflateEntry(archive, file) });
  }
  return entries;
}

/** Writes files into a zip archive (deflated; `store: true` keeps them uncompressed). */
export function writeZip(
  entries: readonly ArchiveEntry[],
  options: { store?: boolean; mtime?: Date } = {},
): Buffer {
  const tree: Zippable = {};
  for (const entry of entries) tree[normalizeArchivePath(entry.path)] = entry.data;
  const zipped = zipSync(tree, {
    level: options.store ? 0 : 6,
    mtime: options.mtime ?? new Date(),
  });
  return Buffer.from(zipped.buffer, zipped.byteOffset, zipped.byteLength);
}
