import { isDocumentId, type DocumentId } from '@kring/shared';

/** Schemes a link in a document may use; anything else (javascript:, data:…) is refused. */
export const LINK_PROTOCOLS = ['http', 'https', 'mailto'] as const;

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
/** Drops what browsers ignore or strip inside a URL (control characters, spaces: "java\tscript:"). */
function withoutIgnored(href: string): string {
  let out = '';
  for (const char of href) {
    const code = char.codePointAt(0) ?? 0;
    if (code <= 0x20 || code === 0x7f || /\s/u.test(char) || code === 0xfeff) continue;
    out += char;
  }
  return out;
}

/**
 * True for the link targets a document may hold: http(s) and mailto addresses, and paths on this
 * site (`/d/<id>`, never `//host`). Used for typed, pasted and stored links alike.
 */
export function isAllowedHref(href: string): boolean {
  const value = withoutIgnored(href);
  if (value === '') return false;
  if (value.startsWith('/')) return !value.startsWith('//') && !value.startsWith('/\\');
  if (value.startsWith('#')) return true;
  const scheme = SCHEME.exec(value)?.[1]?.toLowerCase();
  return scheme !== undefined && (LINK_PROTOCOLS as readonly string[]).includes(scheme);
}

/** Href of a link to a Kring document. */
export function internalHref(id: DocumentId): string {
  return `/d/${id}`;
}

/**
 * The document a link points to when it is an in-app link (`/d/<id>`, or an absolute URL on
 * `origin`), otherwise null.
 */
export function internalDocumentId(href: string, origin?: string): DocumentId | null {
  let path = href.trim();
  if (origin !== undefined && path.startsWith(`${origin}/`)) path = path.slice(origin.length);
  const match = /^\/d\/([^/?#]+)\/?(?:[?#].*)?$/.exec(path);
  const candidate = match?.[1];
  return candidate !== undefined && isDocumentId(candidate) ? candidate : null;
}

/** Adds `https://` to an address typed without a scheme ("example.nl"). */
export function normaliseWebAddress(input: string): string {
  const value = input.trim();
  if (value === '' || /^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('/')) return value;
  if (value.includes('@') && !value.includes('/')) return `mailto:${value}`;
  return `https://${value}`;
}

/** `src` of an image stored in Kring: the permission-checked download `/api/files/<id>`. */
export function fileSrc(fileId: string): string {
  return `/api/files/${encodeURIComponent(fileId)}`;
}

/** Embedded images an imported or pasted document may carry (raster types only, no SVG). */
const DATA_IMAGE = /^data:image\/(?:png|jpeg|gif|webp);base64,[a-z0-9+/=]*$/i;

/**
 * True for the image sources a document may hold: paths on this site (`/api/files/<id>`, never
 * `//host`), http(s) addresses (shown only if the Content-Security-Policy allows them) and raster
 * `data:` images. Used for pasted HTML; other sources (javascript:, SVG data) are dropped.
 */
export function isAllowedImageSrc(src: string): boolean {
  const value = withoutIgnored(src);
  if (value === '') return false;
  if (value.startsWith('/')) return !value.startsWith('//') && !value.startsWith('/\\');
  if (/^data:/i.test(value)) return DATA_IMAGE.test(value);
  const scheme = SCHEME.exec(value)?.[1]?.toLowerCase();
  return scheme === 'http' || scheme === 'https';
}
