// Plain-text and Markdown tables, and number formatting.
import { MB } from '../lib/stats.mjs';

export const mb = (bytes) => (Number.isFinite(bytes) ? (bytes / MB).toFixed(0) : '–');
export const kb = (bytes) => (Number.isFinite(bytes) ? (bytes / 1024).toFixed(1) : '–');
export const num = (value, digits = 1) =>
  value === null || value === undefined
    ? 'n/a'
    : Number.isFinite(value)
      ? value.toFixed(digits)
      : String(value);
export const ratio = (a, b) =>
  Number.isFinite(a) && Number.isFinite(b) && b !== 0 ? `${(a / b).toFixed(2)}×` : '–';

/** Fixed-width text table: `columns` is a list of headers, `rows` a list of string lists. */
export function textTable(title, columns, rows) {
  const widths = columns.map((c, i) => Math.max(c.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
  return [title, line(columns), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line), ''].join(
    '\n',
  );
}

export function markdownTable(title, columns, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [
    `### ${title}`,
    '',
    line(columns),
    line(columns.map(() => '---')),
    ...rows.map(line),
    '',
  ].join('\n');
}
