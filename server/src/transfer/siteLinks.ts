import type { NodeJson } from './docJson.js';

/** Options shared by the exporters. */
export interface ExportOptions {
  /**
   * The public address of this Kring instance (`PUBLIC_URL`, e.g. `https://kring.example.nl`).
   * Given, links and images pointing at paths on the site (`/d/<id>`) are made absolute, so they
   * still work in a file opened elsewhere.
   */
  siteUrl?: string;
}

/** The document with site paths in link targets and image sources resolved against `siteUrl`. */
export function withAbsoluteLinks(doc: NodeJson, siteUrl: string | undefined): NodeJson {
  const base = parseBase(siteUrl);
  return base ? resolve(doc, base) : doc;
}

function parseBase(siteUrl: string | undefined): URL | undefined {
  if (!siteUrl) return undefined;
  try {
    const url = new URL(siteUrl);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

function absolute(value: unknown, base: URL): unknown {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//')) return value;
  return new URL(value, base).href;
}

function resolve(node: NodeJson, base: URL): NodeJson {
  const copy: NodeJson = { ...node };
  if (node.type === 'image' && node.attrs)
    copy.attrs = { ...node.attrs, src: absolute(node.attrs['src'], base) };
  if (node.marks) {
    copy.marks = node.marks.map((mark) =>
      mark.type === 'link' && mark.attrs
        ? { ...mark, attrs: { ...mark.attrs, href: absolute(mark.attrs['href'], base) } }
        : mark,
    );
  }
  if (node.content) copy.content = node.content.map((child) => resolve(child, base));
  return copy;
}
