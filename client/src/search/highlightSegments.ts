/** A piece of a snippet: plain text, or a highlighted match. */
export interface Segment {
  readonly text: string;
  readonly highlighted: boolean;
}

/**
 * Splits a snippet into plain and highlighted pieces from `[start, end)` offsets, so that matches
 * can be rendered as `<mark>` elements without ever treating the text as HTML. Ranges may come
 * unsorted or overlapping and are clamped to the text; empty pieces are left out.
 */
export function highlightSegments(
  text: string,
  highlights: readonly (readonly [number, number])[],
): Segment[] {
  const ranges = highlights
    .map(
      ([start, end]) =>
        [Math.max(0, Math.min(start, end)), Math.min(text.length, Math.max(start, end))] as const,
    )
    .filter(([start, end]) => Number.isFinite(start) && Number.isFinite(end) && end > start)
    .sort((a, b) => a[0] - b[0]);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const [start, end] of ranges) {
    if (end <= cursor) continue;
    const from = Math.max(start, cursor);
    if (from > cursor) segments.push({ text: text.slice(cursor, from), highlighted: false });
    const last = segments[segments.length - 1];
    if (last?.highlighted === true && from === cursor) {
      segments[segments.length - 1] = {
        text: last.text + text.slice(from, end),
        highlighted: true,
      };
    } else {
      segments.push({ text: text.slice(from, end), highlighted: true });
    }
    cursor = end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), highlighted: false });
  return segments;
}
