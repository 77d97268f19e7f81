import { useSyncExternalStore } from 'react';
import type { AccessState } from '../sync/accessMessage.js';
import type { DocumentSession } from '../sync/DocumentSession.js';

/** What the server lets this connection do with the content; re-renders when it changes. */
export function useDocumentAccess(session: DocumentSession): AccessState {
  return useSyncExternalStore(session.access.subscribe, session.access.getSnapshot);
}
