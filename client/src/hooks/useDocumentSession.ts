import { useEffect, useState } from 'react';
import type { DocumentId, PresenceUser } from '@kring/shared';
import { offlineSync } from '../offline/offlineRuntime.js';
import { whenKnownToServer } from '../offline/pendingCreates.js';
import { watchOpenDocument } from '../offline/watchOpenDocument.js';
import { DocumentSession } from '../sync/DocumentSession.js';

/**
 * Opens a {@link DocumentSession} for `id` while the component is mounted and closes it on unmount
 * or when `id` changes; its offline copy's record follows it. Returns null until the session
 * exists.
 *
 * @param user - initial presence; later changes go through `session.setUser`.
 */
export function useDocumentSession(id: DocumentId, user: PresenceUser): DocumentSession | null {
  const [session, setSession] = useState<DocumentSession | null>(null);
  // Only the first user matters here; a new name must not reopen the document.
  const [initialUser] = useState(user);
  useEffect(() => {
    const opened = new DocumentSession(id, {
      user: initialUser,
      connectWhen: whenKnownToServer(id),
    });
    const unwatch = watchOpenDocument(opened, () => offlineSync.request());
    setSession(opened);
    return () => {
      setSession(null);
      unwatch();
      opened.destroy();
    };
  }, [id, initialUser]);
  return session;
}
