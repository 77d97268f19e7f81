import { parse } from 'node-html-parser';
import * as Y from 'yjs';

/** Elements that run code, load other documents or send data when a page is opened. */
const ACTIVE_ELEMENTS = new Set([
  'script',
  'iframe',
  'frame',
  'object',
  'embed',
  'applet',
  'base',
  'form',
  'svg',
  'math',
  'link',
]);
/** Attributes whose value is a URL a browser follows or loads. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcset', 'poster'];
const RASTER_DATA_URI = /^data:image\/(?:png|jpeg|gif|webp);base64,/i;

/** The scheme of a URL as a browser reads it (ignoring whitespace and control characters). */
function schemeOf(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const probe = url.replace(/[\u0000-\u0020\u007f-\u009f\s]/g, '').toLowerCase();
  return /^([a-z][a-z0-9+.-]*):/.exec(probe)?.[1];
}

/** Whether a URL may appear in `href`/`src`: no script-carrying schemes. */
export function isSafeUrl(url: string, attribute = 'href'): boolean {
  const scheme = schemeOf(url);
  if (scheme === undefined) return true;
  if (['http', 'https', 'mailto'].includes(scheme)) return true;
  return scheme === 'data' && attribute === 'src' && RASTER_DATA_URI.test(url.trim());
}

/**
 * Everything in an HTML page that could run script when opened: active elements, event-handler
 * attributes, `javascript:`-like URLs, refresh redirects. Empty when the page is inert.
 */
export function activeContent(html: string): string[] {
  const found: string[] = [];
  for (const element of parse(html, { comment: false }).querySelectorAll('*')) {
    const tag = element.rawTagName.toLowerCase();
    if (ACTIVE_ELEMENTS.has(tag)) found.push(`<${tag}>`);
    for (const [name, value] of Object.entries(element.attributes)) {
      const attribute = name.toLowerCase();
      if (attribute.startsWith('on')) found.push(`${tag} ${attribute}`);
      if (URL_ATTRIBUTES.includes(attribute) && !isSafeUrl(value, attribute)) {
        found.push(`${tag} ${attribute}=${value}`);
      }
      if (tag === 'meta' && attribute === 'http-equiv' && value.toLowerCase() === 'refresh') {
        found.push('meta refresh');
      }
    }
  }
  return found;
}

/** Link targets and image sources stored in a document's content (the editor's Y.Doc). */
export function storedUrls(doc: Y.Doc): { attribute: string; url: string }[] {
  const urls: { attribute: string; url: string }[] = [];
  const visit = (node: Y.XmlElement | Y.XmlText | Y.XmlFragment): void => {
    if (node instanceof Y.XmlText) {
      for (const part of node.toDelta() as { attributes?: Record<string, unknown> }[]) {
        const link = part.attributes?.['link'] as { href?: unknown } | undefined;
        if (link !== undefined) urls.push({ attribute: 'href', url: String(link.href) });
      }
      return;
    }
    if (node instanceof Y.XmlElement) {
      for (const [name, value] of Object.entries(node.getAttributes())) {
        if (URL_ATTRIBUTES.includes(name)) urls.push({ attribute: name, url: String(value) });
      }
    }
    for (const child of node.toArray()) {
      if (child instanceof Y.XmlElement || child instanceof Y.XmlText) visit(child);
    }
  };
  visit(doc.getXmlFragment('default'));
  return urls;
}
