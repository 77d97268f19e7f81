import { useSyncExternalStore } from 'react';
import type { DocumentSession } from '../sync/DocumentSession.js';
import type { PresentPerson } from '../sync/presence.js';

/** People present in the session's document, this tab first. */
export function usePresence(session: DocumentSession): readonly PresentPerson[] {
  return useSyncExternalStore(session.presence.subscribe, session.presence.getSnapshot);
}
