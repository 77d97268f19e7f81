import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { ApiError } from '../api/ApiError.js';
import { reconnections } from '../offline/offlineStatus.js';

/** A value loaded from the API. */
export type Resource<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly data: T }
  | { readonly status: 'error'; readonly error: ApiError };

/** A loaded resource with ways to refresh or replace it. */
export interface ApiResource<T> {
  readonly resource: Resource<T>;
  /** Loads it again (after a change); the current data stays visible meanwhile. */
  readonly reload: () => void;
  /** Replaces the data with a value the server returned from a change. */
  readonly setData: (data: T) => void;
}

function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(0, 'internal', String(error));
}

/**
 * Loads `load()` while mounted, again whenever `load` changes (wrap it in `useCallback`), and once
 * the server is reached again after being out of reach (what loaded meanwhile came from this
 * browser's offline copy, or failed). Answers that arrive after unmounting, or for an older `load`,
 * are dropped.
 */
export function useApiResource<T>(load: () => Promise<T>): ApiResource<T> {
  const [resource, setResource] = useState<Resource<T>>({ status: 'loading' });
  const [version, setVersion] = useState(0);
  const reconnected = useSyncExternalStore(reconnections.subscribe, reconnections.getSnapshot);

  useEffect(() => {
    let current = true;
    load().then(
      (data) => {
        if (current) setResource({ status: 'ready', data });
      },
      (error: unknown) => {
        if (current) setResource({ status: 'error', error: asApiError(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [load, version, reconnected]);

  const reload = useCallback(() => setVersion((n) => n + 1), []);
  const setData = useCallback((data: T) => setResource({ status: 'ready', data }), []);
  return { resource, reload, setData };
}
