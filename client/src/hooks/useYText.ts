import { useCallback, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

/** The current string of a Y.Text; re-renders when it changes. */
export function useYText(text: Y.Text): string {
  const subscribe = useCallback(
    (onChange: () => void) => {
      text.observe(onChange);
      return () => text.unobserve(onChange);
    },
    [text],
  );
  const getSnapshot = useCallback(() => text.toString(), [text]);
  return useSyncExternalStore(subscribe, getSnapshot);
}
