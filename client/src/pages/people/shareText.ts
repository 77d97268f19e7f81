/** A share of a page's text (0 to 1) as a whole percentage in the reader's language; "< 1 %" for crumbs. */
export function shareText(share: number, language: string): string {
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  if (share > 0 && share < 0.005) return `< ${percent.format(0.01)}`;
  return percent.format(share);
}
