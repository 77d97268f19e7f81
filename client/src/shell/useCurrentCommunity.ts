import { useEffect, useState } from 'react';
import { api } from '../api/api.js';
import type { Route } from '../routing/routes.js';
import { readCachedDocumentView } from '../sync/documentViewCache.js';
import { readLastCommunity, writeLastCommunity } from './shellStorage.js';

/** The community a route is about, when the URL says so. */
function routeCommunity(route: Route): string | null {
  switch (route.name) {
    case 'community':
    case 'community-files':
    case 'stakeholders':
    case 'glossary':
    case 'questions':
    case 'question':
    case 'community-settings':
    case 'audit':
      return route.slug;
    default:
      return null;
  }
}

/**
 * The community the sidebar shows: the one in the URL (`/c/:slug…`), for a document its
 * community (from this browser's copy of its metadata, else asked from the server), else the one
 * used last in this browser, else null.
 */
export function useCurrentCommunity(route: Route): string | null {
  const fromRoute = routeCommunity(route);
  const documentId = route.name === 'document' ? route.id : null;
  const [documentCommunity, setDocumentCommunity] = useState<{
    id: string;
    slug: string;
  } | null>(null);

  useEffect(() => {
    if (documentId === null) return;
    const cached = readCachedDocumentView(documentId);
    if (cached !== null) {
      setDocumentCommunity({ id: documentId, slug: cached.communitySlug });
      return;
    }
    let current = true;
    api.documents.get(documentId).then(
      (view) => {
        if (current) setDocumentCommunity({ id: documentId, slug: view.communitySlug });
      },
      () => {
        // Not readable or offline: the sidebar keeps the last community.
      },
    );
    return () => {
      current = false;
    };
  }, [documentId]);

  const fromDocument =
    documentId !== null && documentCommunity?.id === documentId ? documentCommunity.slug : null;
  const known = fromRoute ?? fromDocument;
  useEffect(() => {
    if (known !== null) writeLastCommunity(known);
  }, [known]);
  return known ?? readLastCommunity();
}
