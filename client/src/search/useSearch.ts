import { useEffect, useState } from 'react';
import type { SearchQuery, SearchResultsView } from '@kring/shared';
import { api } from '../api/api.js';
import { ApiError } from '../api/ApiError.js';

/** The state of a search as you type. */
export type SearchState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading'; readonly previous: SearchResultsView | null }
  | { readonly status: 'ready'; readonly results: SearchResultsView }
  | { readonly status: 'error'; readonly error: ApiError };

/**
 * Runs `query` against `/api/search` after `delayMs` without changes; a newer query aborts the
 * request of an older one, so answers never arrive out of order. Null: nothing to search.
 */
export function useSearch(query: SearchQuery | null, delayMs: number): SearchState {
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  const key = query === null ? null : JSON.stringify(query);

  useEffect(() => {
    if (key === null) {
      setState({ status: 'idle' });
      return undefined;
    }
    const request = JSON.parse(key) as SearchQuery;
    const controller = new AbortController();
    setState((current) => ({
      status: 'loading',
      previous:
        current.status === 'ready'
          ? current.results
          : current.status === 'loading'
            ? current.previous
            : null,
    }));
    const timer = window.setTimeout(() => {
      api.search.search(request, controller.signal).then(
        (results) => {
          if (!controller.signal.aborted) setState({ status: 'ready', results });
        },
        (error: unknown) => {
          if (controller.signal.aborted) return;
          setState({
            status: 'error',
            error: error instanceof ApiError ? error : new ApiError(0, 'internal', String(error)),
          });
        },
      );
    }, delayMs);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [key, delayMs]);

  return state;
}
