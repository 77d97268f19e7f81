import { isDocumentId, type DocumentId } from '../identifiers.js';

/** Path of the app's login page. */
export const LOGIN_PATH = '/login';

/** Path of a document's page (`/d/<id>`): the app route and the href of links between pages. */
export function documentPath(id: DocumentId): string {
  return `/d/${id}`;
}

/** Pass as `origin` to {@link internalDocumentId} to accept absolute links on any host. */
export const ANY_ORIGIN = '*';

/**
 * The document a link points to when it is an in-app link (`/d/<id>`, or an absolute URL on
 * `origin` — any http(s) host for {@link ANY_ORIGIN}), otherwise null.
 */
export function internalDocumentId(href: string, origin?: string): DocumentId | null {
  let path = href.trim();
  if (origin === ANY_ORIGIN) path = path.replace(/^https?:\/\/[^/]+/i, '');
  else if (origin !== undefined && path.startsWith(`${origin}/`)) path = path.slice(origin.length);
  const match = /^\/d\/([^/?#]+)\/?(?:[?#].*)?$/.exec(path);
  const candidate = match?.[1];
  return candidate !== undefined && isDocumentId(candidate) ? candidate : null;
}

/** `src` of an image stored in Kring: the permission-checked download `/api/files/<id>`. */
export function fileSrc(fileId: string): string {
  return `/api/files/${encodeURIComponent(fileId)}`;
}

function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

// `shared` compiles without DOM or Node types; both runtimes have the WHATWG URL class.
declare const URL: new (
  url: string,
  base: string,
) => {
  readonly origin: string;
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
};

/** Longest `returnTo` kept; longer values fall back to `/`. */
const MAX_RETURN_TO_LENGTH = 2048;

/**
 * A `returnTo` value made safe to navigate to after signing in: an absolute path on this site
 * (never another origin, `//host` or `/\host`: browsers treat `\` as `/` and ignore tabs and
 * newlines), never the login page itself. Anything else gives `/`. The browser and the OIDC
 * callback use the same rule.
 */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || value.length > MAX_RETURN_TO_LENGTH) return '/';
  if (!value.startsWith('/') || value.includes('\\') || hasControlCharacter(value)) return '/';
  if (value.startsWith('//')) return '/';
  let url: {
    readonly origin: string;
    readonly pathname: string;
    readonly search: string;
    readonly hash: string;
  };
  try {
    url = new URL(value, 'http://kring.invalid');
  } catch {
    return '/';
  }
  if (url.origin !== 'http://kring.invalid') return '/';
  if (url.pathname === LOGIN_PATH || url.pathname.startsWith(`${LOGIN_PATH}/`)) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}
