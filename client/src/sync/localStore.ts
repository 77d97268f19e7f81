/**
 * localStorage access that never throws: storage can be disabled, full, or hold values written by
 * another version of the app.
 */

/** The stored string, or null when absent or unavailable. */
export function readItem(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Stores a string; failures (quota, privacy mode) are ignored because the data is a convenience. */
export function writeItem(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(key, value);
  } catch {
    // Not storing a preference is better than breaking the editor.
  }
}

/** Parses JSON, returning undefined instead of throwing. */
export function parseJson(raw: string | null): unknown {
  if (raw === null) return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

/** Removes a stored item; failures are ignored. */
export function removeItem(key: string): void {
  try {
    globalThis.localStorage?.removeItem(key);
  } catch {
    // Nothing to do: storage is unavailable, so there is nothing stored either.
  }
}
