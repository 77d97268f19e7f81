/**
 * Which node an arrow key moves to in a grid of `count` nodes with `columns` columns (reading
 * order): Left/Right go to the previous/next node (wrapping), Up/Down a row up or down (to the
 * last node when the row below is shorter), Home/End the first/last. Null for any other key.
 */
export function nextNodeIndex(
  current: number,
  key: string,
  count: number,
  columns: number,
): number | null {
  if (count === 0) return null;
  const last = count - 1;
  switch (key) {
    case 'ArrowRight':
      return current >= last ? 0 : current + 1;
    case 'ArrowLeft':
      return current <= 0 ? last : current - 1;
    case 'ArrowDown': {
      const below = current + columns;
      if (below <= last) return below;
      // Only move down when there is a row below, to its last node.
      return Math.floor(current / columns) < Math.floor(last / columns) ? last : current;
    }
    case 'ArrowUp':
      return current - columns >= 0 ? current - columns : current;
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}
