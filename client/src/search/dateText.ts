/**
 * Dates typed as text, day first ("31-12-2026", also with `/` or `.`), in place of the browser's
 * date input, whose placeholder and picker follow the browser's language instead of the app's.
 */

const DAY_FIRST = /^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\s*$/;

/** `2026-12-31` → `31-12-2026`; anything else is returned as it is. */
export function formatDateText(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match === null ? iso : `${match[3]}-${match[2]}-${match[1]}`;
}

/** `31-12-2026` (or `31/12/2026`, `31.12.2026`, `2026-12-31`) → `2026-12-31`; null if no date. */
export function parseDateText(text: string): string | null {
  const iso = /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/.exec(text);
  const dayFirst = DAY_FIRST.exec(text);
  const [year, month, day] =
    iso !== null
      ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
      : dayFirst !== null
        ? [Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1])]
        : [NaN, NaN, NaN];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    Number.isNaN(date.getTime()) ||
    date.getUTCDate() !== day ||
    date.getUTCMonth() !== month - 1
  ) {
    return null;
  }
  return date.toISOString().slice(0, 10);
}
