/**
 * The stylesheet of exported HTML: a readable page on screen and, under `@media print`, a clean
 * A4 document for "Print → Save as PDF" (page margins, no split headings, rows or code blocks,
 * link targets printed after the link text).
 */
export const EXPORT_STYLESHEET = `
:root { color-scheme: light; }
body { margin: 0; padding: 2rem 1rem; font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a; background: #fff; }
article { max-width: 46rem; margin: 0 auto; }
h1, h2, h3, h4, h5, h6 { line-height: 1.25; margin: 1.6em 0 0.5em; }
h1.document-title { margin-top: 0; font-size: 2.2rem; }
a { color: #154273; }
img { max-width: 100%; height: auto; }
blockquote { margin: 1em 0; padding: 0 1em; border-left: 4px solid #ccc; color: #444; }
code, pre { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Courier New", monospace; font-size: 0.9em; }
code { background: #f2f2f2; padding: 0.1em 0.3em; border-radius: 3px; }
pre { background: #f6f6f6; padding: 0.8em 1em; overflow-x: auto; border-radius: 4px; }
pre code { background: none; padding: 0; }
table { border-collapse: collapse; margin: 1em 0; width: 100%; }
th, td { border: 1px solid #bbb; padding: 0.35em 0.6em; vertical-align: top; text-align: left; }
th { background: #f0f0f0; }
th > p, td > p { margin: 0; }
li > p { margin: 0.25em 0; }
ul.task-list { list-style: none; padding-left: 1.2em; }
li.task-item { display: flex; gap: 0.5em; align-items: baseline; }
li.task-item > div > p { margin: 0; }
hr { border: 0; border-top: 1px solid #ccc; margin: 2em 0; }
@media print {
  @page { size: A4; margin: 2cm 2cm 2.5cm; }
  body { padding: 0; font-size: 11pt; line-height: 1.45; color: #000; }
  article { max-width: none; }
  a { color: #000; text-decoration: underline; }
  a[href^="http"]::after, a[href^="mailto:"]::after { content: " (" attr(href) ")"; font-size: 0.85em; word-break: break-all; }
  h1, h2, h3, h4, h5, h6 { break-after: avoid; page-break-after: avoid; }
  p, li { orphans: 3; widows: 3; }
  pre, blockquote, img, tr { break-inside: avoid; page-break-inside: avoid; }
  pre { white-space: pre-wrap; border: 1px solid #ccc; background: none; }
  code { background: none; }
  th { background: none; }
  thead { display: table-header-group; }
}
`.trim();
