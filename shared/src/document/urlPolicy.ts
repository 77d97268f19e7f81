/**
 * Which link targets and image sources a document may hold: one rule for typed, pasted, stored,
 * imported and exported content. Anything else (`javascript:`, `vbscript:`, `file:`, SVG `data:`…)
 * is refused; callers keep the text and drop the link or image.
 */

/** Schemes a link in a document may use. */
export const LINK_PROTOCOLS = ['http', 'https', 'mailto'] as const;

/** Schemes an image source may use, besides `data:` URIs of raster images. */
const IMAGE_PROTOCOLS = ['http', 'https'] as const;

const RASTER_DATA_URI = /^data:image\/(?:png|jpeg|gif|webp);base64,[a-z0-9+/=\s]*$/i;

// Browsers ignore whitespace and control characters inside a URL ("java\nscript:").
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
 * Returns `undefined` for anything else.
 */
export function safeLinkHref(href: string | undefined | null): string | undefined {
  const cleaned = (href ?? '').replace(CONTROL, '').trim();
  if (cleaned === '') return undefined;
  const scheme = urlScheme(cleaned);
  if (scheme === undefined) return isLocal(cleaned) ? cleaned : undefined;
  return (LINK_PROTOCOLS as readonly string[]).includes(scheme) ? cleaned : undefined;
}

/** An image source safe to load: http(s), a path on this site, or a raster `data:` URI. */
export function safeImageSrc(src: string | undefined | null): string | undefined {
  const cleaned = (src ?? '').replace(CONTROL, '').trim();
  if (cleaned === '') return undefined;
  const scheme = urlScheme(cleaned);
  if (scheme === undefined)
    return isLocal(cleaned) && !cleaned.startsWith('#') ? cleaned : undefined;
  if ((IMAGE_PROTOCOLS as readonly string[]).includes(scheme)) return cleaned;
  return scheme === 'data' && RASTER_DATA_URI.test(cleaned) ? cleaned : undefined;
}

/** True for the link targets a document may hold (see {@link safeLinkHref}). */
export function isAllowedHref(href: string): boolean {
  return safeLinkHref(href) !== undefined;
}

/** True for the image sources a document may hold (see {@link safeImageSrc}). */
export function isAllowedImageSrc(src: string): boolean {
  return safeImageSrc(src) !== undefined;
}

/** Whether a (safe) link is absolute, i.e. still works outside Kring (in a DOCX, for one). */
export function isAbsoluteLink(href: string): boolean {
  return urlScheme(href) !== undefined;
}
