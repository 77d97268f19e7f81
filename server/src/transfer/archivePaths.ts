import { MAX_FILE_NAME_LENGTH, MAX_TREE_DEPTH } from './limits.js';
import { TransferError } from './TransferError.js';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;
const RESERVED_WINDOWS = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/**
 * A path inside an archive or an uploaded folder, normalised to `a/b/c.md`. `\` counts as a
 * separator, empty and `.` segments are dropped.
 * @throws TransferError `unsafe_path` for paths that could escape the target folder ("zip slip":
 * `..` segments, absolute or drive paths) or contain control characters; `too_deep` beyond
 * {@link MAX_TREE_DEPTH} folders.
 */
export function normalizeArchivePath(raw: string): string {
  const unified = raw.replace(/\\/g, '/');
  if (CONTROL.test(unified) || unified.startsWith('/') || /^[a-zA-Z]:/.test(unified)) {
    throw new TransferError(
      'unsafe_path',
      `Refused unsafe path ${JSON.stringify(raw.slice(0, 200))}.`,
    );
  }
  const segments = unified.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.includes('..')) {
    throw new TransferError(
      'unsafe_path',
      `Refused path leaving its folder: ${JSON.stringify(raw.slice(0, 200))}.`,
    );
  }
  if (segments.length > MAX_TREE_DEPTH + 1) {
    throw new TransferError('too_deep', `Folders nested deeper than ${MAX_TREE_DEPTH} levels.`);
  }
  return segments.join('/');
}

/**
 * A file or folder name made from a page title that is valid on Windows, macOS and Linux: no
 * separators, reserved characters, control characters, leading dots or trailing dots/spaces, no
 * reserved device names, at most {@link MAX_FILE_NAME_LENGTH} characters; `untitled` when empty.
 */
export function safeFileName(title: string): string {
  const cleaned = title
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[<>:"/\\|?*\u0000-\u001f\u007f]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '');
  let name = Array.from(cleaned)
    .slice(0, MAX_FILE_NAME_LENGTH)
    .join('')
    .replace(/[.\s]+$/, '');
  if (name === '') name = 'untitled';
  return RESERVED_WINDOWS.test(name) ? `${name}_` : name;
}

/**
 * `base`, or `base (2)`, `base (3)` … whichever is not yet in `taken` (compared without regard to
 * case, as on case-insensitive file systems); the chosen name is added to `taken`.
 */
export function uniqueName(base: string, taken: Set<string>): string {
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} (${n})`;
  taken.add(name.toLowerCase());
  return name;
}
