import { useSyncExternalStore } from 'react';
import { offlineStatus, type OfflineStatus } from './offlineStatus.js';

/** The offline sync's status, for screens. */
export function useOfflineStatus(): OfflineStatus {
  return useSyncExternalStore(offlineStatus.subscribe, offlineStatus.getSnapshot);
}
