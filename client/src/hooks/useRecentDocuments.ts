import { useSyncExternalStore } from 'react';
import { recentDocumentsStore, type RecentDocument } from '../sync/recentDocuments.js';

/** Recently opened documents, most recent first. */
export function useRecentDocuments(): readonly RecentDocument[] {
  return useSyncExternalStore(recentDocumentsStore.subscribe, recentDocumentsStore.getSnapshot);
}
