/** Splits "a, b; c" (commas, semicolons or new lines) into trimmed items, blanks dropped. */
export function splitList(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** Joins items for a text field that {@link splitList} reads back. */
export function joinList(items: readonly string[]): string {
  return items.join(', ');
}
