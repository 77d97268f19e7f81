import { normalizeDoc, type NodeJson } from './docJson.js';
import { blocksToHtml, escapeHtml } from './htmlBody.js';
import { EXPORT_STYLESHEET } from './htmlStylesheet.js';
import { withAbsoluteLinks, type ExportOptions } from './siteLinks.js';

/** Options of {@link docToHtml}. */
export interface HtmlExportOptions extends ExportOptions {
  /** The page's language (`lang` attribute), a BCP 47 tag; default `nl`. */
  lang?: string;
}

// Defence in depth: even if markup slipped through, the page cannot run scripts or load anything
// but images and its own inline stylesheet.
const CONTENT_SECURITY_POLICY =
  "default-src 'none'; img-src http: https: data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/**
 * A complete, standalone HTML page of a document: the title as `<title>` and a leading `<h1>`,
 * the content, and an inline stylesheet with print rules (for PDF via the browser's print dialog).
 * All document text is escaped; unsafe links (e.g. `javascript:`) are rendered as plain text.
 * @throws TransferError `invalid_document` when the JSON does not fit the schema.
 */
export function docToHtml(doc: NodeJson, title: string, options: HtmlExportOptions = {}): string {
  const root = withAbsoluteLinks(normalizeDoc(doc), options.siteUrl);
  const lang =
    options.lang && /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/.test(options.lang) ? options.lang : 'nl';
  const cleanTitle = title.trim().replace(/\s+/g, ' ');
  const heading = cleanTitle ? `<h1 class="document-title">${escapeHtml(cleanTitle)}</h1>\n` : '';
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="generator" content="Kring">
<title>${escapeHtml(cleanTitle)}</title>
<style>
${EXPORT_STYLESHEET}
</style>
</head>
<body>
<article>
${heading}${blocksToHtml(root.content ?? [])}
</article>
</body>
</html>
`;
}
