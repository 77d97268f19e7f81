import { useEffect } from 'react';
import type { DocumentSession } from '../sync/DocumentSession.js';

/** How long the text must rest before metadata is fetched again: one request per burst of typing. */
export const REFRESH_DELAY_MS = 1500;

/**
 * Calls `refresh` once the server's copy of the document has changed (this browser's edits saved,
 * or others' edits received) and then stayed unchanged for {@link REFRESH_DELAY_MS}: keeps "last
 * changed" and "by" current in an open document.
 */
export function useRefreshOnServerChanges(session: DocumentSession, refresh: () => void): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const unsubscribe = session.serverChanges.subscribe(() => {
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        refresh();
      }, REFRESH_DELAY_MS);
    });
    return () => {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
    };
  }, [session, refresh]);
}
