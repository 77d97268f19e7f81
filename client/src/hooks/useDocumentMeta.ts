import { useCallback, useEffect, useState } from 'react';
import type { DocumentView } from '@kring/shared';
import { api } from '../api/api.js';
import { ApiError } from '../api/ApiError.js';
import {
  cacheDocumentView,
  forgetDocumentView,
  readCachedDocumentView,
} from '../sync/documentViewCache.js';

/**
 * A document's metadata: `loading` (the cached copy, if any, meanwhile), `ready`, `offline` (the
 * server could not be reached: the cached copy, if any), `forbidden` (the server does not let
 * this person open it, or it does not exist) or `error` (another failure: the cached copy).
 */
export type DocumentMetaStatus = 'loading' | 'ready' | 'offline' | 'forbidden' | 'error';

/** What {@link useDocumentMeta} returns. */
export interface DocumentMeta {
  readonly status: DocumentMetaStatus;
  /** The metadata to show; null when none is known (or not accessible). */
  readonly view: DocumentView | null;
  /** Loads it again (e.g. when the connection came back). */
  readonly reload: () => void;
  /** Replaces it with a newer version the server returned. */
  readonly update: (view: DocumentView) => void;
}

/**
 * Fetches `GET /api/documents/:id`, keeping the last answer in localStorage so that the page
 * still has a title, breadcrumb and access when the server cannot be reached.
 */
export function useDocumentMeta(id: string): DocumentMeta {
  const [status, setStatus] = useState<DocumentMetaStatus>('loading');
  const [view, setView] = useState<DocumentView | null>(() => readCachedDocumentView(id));
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let current = true;
    api.documents.get(id).then(
      (fresh) => {
        if (!current) return;
        cacheDocumentView(fresh);
        setView(fresh);
        setStatus('ready');
      },
      (error: unknown) => {
        if (!current) return;
        if (error instanceof ApiError && (error.status === 404 || error.status === 403)) {
          forgetDocumentView(id);
          setView(null);
          setStatus('forbidden');
        } else {
          setStatus(error instanceof ApiError && error.isNetworkError ? 'offline' : 'error');
        }
      },
    );
    return () => {
      current = false;
    };
  }, [id, version]);

  const reload = useCallback(() => setVersion((n) => n + 1), []);
  const update = useCallback((fresh: DocumentView) => {
    cacheDocumentView(fresh);
    setView(fresh);
    setStatus('ready');
  }, []);
  return { status, view, reload, update };
}
