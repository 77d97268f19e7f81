/**
 * Levenshtein distance (insertions, deletions, substitutions of UTF-16 code units), as the
 * server's term dictionary (MiniSearch's fuzzy look-up) measures typos, bounded so that a look-up
 * over a whole vocabulary stays cheap: most pairs are rejected on their lengths or after a few rows.
 */

/** Reused rows (no allocation per comparison); the functions below are synchronous. */
let previous = new Uint8Array(64);
let current = new Uint8Array(64);

/**
 * The edit distance between `a` and `b` when it is at most `max`, otherwise `max + 1`. `max` is
 * expected to be small (the typo budget: 0–2); it is capped at 254.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  const limit = Math.min(Math.max(0, Math.floor(max)), 254);
  const over = limit + 1;
  if (Math.abs(a.length - b.length) > limit) return over;
  if (a === b) return 0;
  const n = b.length;
  if (previous.length < n + 1) {
    previous = new Uint8Array(2 * (n + 1));
    current = new Uint8Array(2 * (n + 1));
  }
  for (let j = 0; j <= n; j++) previous[j] = Math.min(j, over);
  for (let i = 1; i <= a.length; i++) {
    const char = a.charCodeAt(i - 1);
    current[0] = Math.min(i, over);
    let rowMin = current[0] as number;
    for (let j = 1; j <= n; j++) {
      const substitute = (previous[j - 1] as number) + (char === b.charCodeAt(j - 1) ? 0 : 1);
      const remove = (previous[j] as number) + 1;
      const insert = (current[j - 1] as number) + 1;
      const value = Math.min(substitute, remove, insert, over);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return over;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[n] as number, over);
}
