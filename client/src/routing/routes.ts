import { isDocumentId, type DocumentId } from '@kring/shared';

/** A screen of the app, as decided by the URL path. */
export type Route =
  | { readonly name: 'home' }
  | { readonly name: 'document'; readonly id: DocumentId }
  | { readonly name: 'not-found' };

/** Maps a URL path to a route; unknown paths and invalid document ids give `not-found`. */
export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '' || pathname === '/index.html') return { name: 'home' };
  const match = /^\/d\/([^/]*)\/?$/.exec(pathname);
  if (match !== null) {
    let id = match[1] ?? '';
    try {
      id = decodeURIComponent(id);
    } catch {
      return { name: 'not-found' };
    }
    return isDocumentId(id) ? { name: 'document', id } : { name: 'not-found' };
  }
  return { name: 'not-found' };
}
