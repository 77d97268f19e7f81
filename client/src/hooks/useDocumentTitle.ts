import { useEffect } from 'react';

/** Sets the browser tab's title while mounted. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
