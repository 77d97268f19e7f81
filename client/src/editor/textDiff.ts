/** A single replacement that turns one string into another. */
export interface TextChange {
  /** UTF-16 index where the change starts. */
  readonly index: number;
  /** Number of UTF-16 code units removed at `index`. */
  readonly deleteCount: number;
  /** Text inserted at `index`. */
  readonly insert: string;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * The smallest single replacement (common prefix and suffix kept) turning `before` into `after`.
 * Never splits a surrogate pair, because a lone surrogate would be corrupted when Yjs encodes it.
 */
export function diffText(before: string, after: string): TextChange {
  const maxPrefix = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < maxPrefix && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  if (prefix > 0 && isHighSurrogate(before.charCodeAt(prefix - 1))) prefix--;

  const maxSuffix = maxPrefix - prefix;
  let suffix = 0;
  while (
    suffix < maxSuffix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  if (suffix > 0 && isLowSurrogate(before.charCodeAt(before.length - suffix))) suffix--;

  return {
    index: prefix,
    deleteCount: before.length - prefix - suffix,
    insert: after.slice(prefix, after.length - suffix),
  };
}

/** Where a caret at `position` ends up after `change` is applied to the text. */
export function mapPosition(position: number, change: TextChange): number {
  if (position <= change.index) return position;
  if (position >= change.index + change.deleteCount) {
    return position - change.deleteCount + change.insert.length;
  }
  return change.index + change.insert.length;
}
