import { inflateRawSync } from 'node:zlib';
import { TransferError } from './TransferError.js';

/** One entry of a zip archive's central directory. */
export interface ZipDirectoryEntry {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly compressedSize: number;
  /** The size the archive declares; {@link inflateEntry} never produces more. */
  readonly size: number;
  readonly localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX32 = 0xffffffff;

const invalid = (reason: string) =>
  new TransferError('invalid_archive', `Not a readable zip archive (${reason}).`);

function view(archive: Uint8Array): DataView {
  return new DataView(archive.buffer, archive.byteOffset, archive.byteLength);
}

/** Where the central directory starts and how many entries it has (zip64 included). */
function directoryLocation(archive: Uint8Array): { offset: number; count: number } {
  const data = view(archive);
  const lowest = Math.max(0, archive.length - 22 - 0xffff);
  for (let at = archive.length - 22; at >= lowest; at -= 1) {
    if (data.getUint32(at, true) !== EOCD) continue;
    const count = data.getUint16(at + 10, true);
    const offset = data.getUint32(at + 16, true);
    if (count !== 0xffff && offset !== MAX32) return { offset, count };
    const locator = at - 20;
    if (locator < 0 || data.getUint32(locator, true) !== ZIP64_LOCATOR) throw invalid('zip64');
    const record = Number(data.getBigUint64(locator + 8, true));
    if (record + 56 > archive.length || data.getUint32(record, true) !== ZIP64_EOCD) {
      throw invalid('zip64');
    }
    return {
      count: Number(data.getBigUint64(record + 32, true)),
      offset: Number(data.getBigUint64(record + 48, true)),
    };
  }
  throw invalid('no end of central directory');
}

/**
 * The central directory of a zip archive, read without decompressing anything. `onEntry` sees
 * each entry as it is read, so limits can stop a huge directory early.
 */
export function readZipDirectory(
  archive: Uint8Array,
  onEntry: (entry: ZipDirectoryEntry) => void,
): ZipDirectoryEntry[] {
  const data = view(archive);
  const { offset, count } = directoryLocation(archive);
  const entries: ZipDirectoryEntry[] = [];
  let at = offset;
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > archive.length || data.getUint32(at, true) !== CENTRAL)
      throw invalid('directory');
    const flags = data.getUint16(at + 8, true);
    const nameLength = data.getUint16(at + 28, true);
    const extraLength = data.getUint16(at + 30, true);
    const commentLength = data.getUint16(at + 32, true);
    const nameBytes = archive.subarray(at + 46, at + 46 + nameLength);
    const name = new TextDecoder(flags & 0x800 ? 'utf-8' : 'latin1').decode(nameBytes);
    let size = data.getUint32(at + 24, true);
    let compressedSize = data.getUint32(at + 20, true);
    let localHeaderOffset = data.getUint32(at + 42, true);
    // Zip64: the 0xffffffff fields are in the extra field 0x0001, in this order.
    for (let extra = at + 46 + nameLength; extra + 4 <= at + 46 + nameLength + extraLength;) {
      const id = data.getUint16(extra, true);
      const length = data.getUint16(extra + 2, true);
      if (id === 1) {
        let field = extra + 4;
        const next = () => {
          const value = Number(data.getBigUint64(field, true));
          field += 8;
          return value;
        };
        if (size === MAX32) size = next();
        if (compressedSize === MAX32) compressedSize = next();
        if (localHeaderOffset === MAX32) localHeaderOffset = next();
      }
      extra += 4 + length;
    }
    const entry = {
      name,
      method: data.getUint16(at + 10, true),
      compressedSize,
      size,
      localHeaderOffset,
    };
    onEntry(entry);
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * An entry's content. Inflating stops as soon as it would exceed the declared size, so an entry
 * that lies about its size costs no more than what it declares.
 * @throws TransferError `too_large` for an entry larger than declared; `invalid_archive`.
 */
export function inflateEntry(archive: Uint8Array, entry: ZipDirectoryEntry): Uint8Array {
  const data = view(archive);
  const at = entry.localHeaderOffset;
  if (at + 30 > archive.length || data.getUint32(at, true) !== LOCAL) throw invalid('entry');
  const start = at + 30 + data.getUint16(at + 26, true) + data.getUint16(at + 28, true);
  const compressed = archive.subarray(start, start + entry.compressedSize);
  if (compressed.length !== entry.compressedSize) throw invalid('truncated entry');
  let content: Uint8Array;
  if (entry.method === 0) {
    content = compressed;
  } else if (entry.method === 8) {
    try {
      content = inflateRawSync(compressed, { maxOutputLength: Math.max(entry.size, 1) });
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new TransferError('too_large', 'An archive entry expands beyond its declared size.');
      }
      throw invalid('corrupt entry');
    }
  } else {
    throw invalid(`compression method ${entry.method}`);
  }
  if (content.length !== entry.size) throw invalid('entry size');
  return content;
}
