/**
 * Schemes a link may use; anything else (`javascript:`, `data:`, `vbscript:`, `file:` …) is
 * dropped. The same policy as the editor's (`client/src/editor/linkPolicy.ts`).
 */
const LINK_SCHEMES = new Set(['http', 'https', 'mailto']);

/** Schemes an image source may use, besides `data:` URIs of raster images. */
const IMAGE_SCHEMES = new Set(['http', 'https']);

const RASTER_DATA_URI = /^data:image\/(?:png|jpeg|gif|webp);base64,[a-z0-9+/=\s]*$/i;

// Browsers ignore whitespace and control characters inside a URL's scheme ("java\nscript:").
// eslint-disable-next-line no-control-regex
const IGNORED_IN_URL = /[\u0000-\u0020\u007f-\u009f\s\ufeff]/gu;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** The scheme of a URL in lower case ("https"), or `undefined` for a relative URL. */
export function urlScheme(url: string): string | undefined {
  const probe = url.replace(IGNORED_IN_URL, '').toLowerCase();
  return /^([a-z][a-z0-9+.-]*):/.exec(probe)?.[1];
}

/** A path on the same site (`/d/…`) or a fragment (`#part`); not `//host` or a bare `file.md`. */
function isLocal(url: string): boolean {
  const probe = url.replace(IGNORED_IN_URL, '');
  if (probe.startsWith('#')) return true;
  return probe.startsWith('/') && !probe.startsWith('//') && !probe.startsWith('/\\');
}

/**
 * A link target safe to put in `href`: http(s), mailto, a path on this site or a fragment.
 * Returns `undefined` for anything else, so callers keep the link text and drop the link.
 */
export function safeLinkHref(href: string | undefined | null): string | undefined {
  const cleaned = (href ?? '').replace(CONTROL, '').trim();
  if (cleaned === '') return undefined;
  const scheme = urlScheme(cleaned);
  if (scheme === undefined) return isLocal(cleaned) ? cleaned : undefined;
  return LINK_SCHEMES.has(scheme) ? cleaned : undefined;
}

/** An image source safe to load: http(s), a path on this site, or a raster `data:` URI. */
export function safeImageSrc(src: string | undefined | null): string | undefined {
  const cleaned = (src ?? '').replace(CONTROL, '').trim();
  if (cleaned === '') return undefined;
  const scheme = urlScheme(cleaned);
  if (scheme === undefined)
    return isLocal(cleaned) && !cleaned.startsWith('#') ? cleaned : undefined;
  if (IMAGE_SCHEMES.has(scheme)) return cleaned;
  return scheme === 'data' && RASTER_DATA_URI.test(cleaned) ? cleaned : undefined;
}

/** Whether a (safe) link is absolute, i.e. still works outside Kring (in a DOCX, for one). */
export function isAbsoluteLink(href: string): boolean {
  return urlScheme(href) !== undefined;
}
