/** Path of the login page. */
export const LOGIN_PATH = '/login';

/** Path of a community's page. */
export function communityPath(slug: string): string {
  return `/c/${encodeURIComponent(slug)}`;
}

/** Path of a community's page showing only the pages with a tag. */
export function communityTagPath(slug: string, tag: string): string {
  return `${communityPath(slug)}?${new URLSearchParams({ tag }).toString()}`;
}

/** Path of a community's audit log page. */
export function auditPath(slug: string): string {
  return `${communityPath(slug)}/audit`;
}

/** Path of an invitation's page. */
export function invitePath(token: string): string {
  return `/invite/${encodeURIComponent(token)}`;
}

function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/**
 * A `returnTo` value made safe to navigate to: an absolute path on this site (never another
 * origin, `//host` or `/\host`), never the login page itself. Anything else gives `/`.
 */
export function safeReturnTo(value: string | null | undefined): string {
  if (value === null || value === undefined) return '/';
  // Control characters and backslashes let browsers reinterpret a path as another host.
  if (!value.startsWith('/') || value.includes('\\') || hasControlCharacter(value)) return '/';
  if (value.startsWith('//')) return '/';
  let url: URL;
  try {
    url = new URL(value, 'http://kring.invalid');
  } catch {
    return '/';
  }
  if (url.origin !== 'http://kring.invalid') return '/';
  if (url.pathname === LOGIN_PATH || url.pathname.startsWith(`${LOGIN_PATH}/`)) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}

/** Path of the login page that leads back to `returnTo` after signing in. */
export function loginPath(returnTo: string): string {
  const target = safeReturnTo(returnTo);
  return `${LOGIN_PATH}?${new URLSearchParams({ returnTo: target }).toString()}`;
}

/** True for pages that people use before they are signed in (no redirect to the login page). */
export function isPublicPath(path: string): boolean {
  const pathname = path.split(/[?#]/, 1)[0] ?? '';
  return (
    pathname === LOGIN_PATH ||
    pathname === '/signup' ||
    pathname.startsWith('/invite/') ||
    pathname.startsWith(`${LOGIN_PATH}/`)
  );
}
