import { generateKeyBetween } from 'fractional-indexing';

/** Position of pages stored before the page tree existed: they sort by creation time after it. */
export const DEFAULT_POSITION = 'a0';

/**
 * A sort key strictly between two sibling keys (`null` = the start or end of the list), so a page
 * moves by rewriting only its own key. Keys compare as plain strings.
 */
export function positionBetween(before: string | null, after: string | null): string {
  return generateKeyBetween(before, after);
}
