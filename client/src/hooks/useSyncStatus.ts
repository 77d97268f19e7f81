import { useSyncExternalStore } from 'react';
import type { SyncStatus } from '@kring/shared';
import type { DocumentSession } from '../sync/DocumentSession.js';

/** The session's sync status; re-renders when it changes. */
export function useSyncStatus(session: DocumentSession): SyncStatus {
  return useSyncExternalStore(session.status.subscribe, session.status.getSnapshot);
}
