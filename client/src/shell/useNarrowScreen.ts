import { useSyncExternalStore } from 'react';

/** Below this width the sidebar is a drawer. */
const NARROW_QUERY = '(max-width: 767.98px)';

function subscribe(onChange: () => void): () => void {
  const query = globalThis.matchMedia?.(NARROW_QUERY);
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
}

const isNarrow = () => globalThis.matchMedia?.(NARROW_QUERY).matches ?? false;

/** True on phone-sized screens (< 768 px), where the sidebar becomes a drawer. */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(subscribe, isNarrow);
}
