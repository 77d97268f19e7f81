import { useEffect } from 'react';
import type { DocumentSession } from '../sync/DocumentSession.js';

/** Notices arriving within this time cause one request (the server already sends at most ~1/s). */
export const REFRESH_DELAY_MS = 200;

/**
 * Calls `refresh` when the server says the document's metadata was stored anew (the `metadata
 * changed` frame, after anyone's edits or a restore): keeps "last changed" and "by" current in an
 * open document, with one request per notice.
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
