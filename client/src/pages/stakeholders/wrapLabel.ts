/**
 * Breaks a name into at most `maxLines` lines of at most `maxChars` characters, at spaces where
 * it can (SVG text does not wrap by itself). A name that does not fit ends with "…".
 */
export function wrapLabel(text: string, maxChars: number, maxLines: number): string[] {
  const words = text
    .trim()
    .split(/\s+/)
    .filter((word) => word !== '');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (candidate.length <= maxChars) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    line = word;
    while (line.length > maxChars) {
      lines.push(line.slice(0, maxChars));
      line = line.slice(maxChars);
    }
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const lastLine = kept[maxLines - 1] ?? '';
  kept[maxLines - 1] = `${lastLine.slice(0, Math.max(0, maxChars - 1)).trimEnd()}…`;
  return kept;
}
