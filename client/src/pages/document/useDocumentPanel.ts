import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { readItem, writeItem } from '../../sync/localStore.js';

/** From this width the panel is a column beside the text; below it, an overlay. */
const WIDE_QUERY = '(min-width: 1200px)';
const OPEN_KEY = 'kring:document:panel-open';
const TAB_KEY = 'kring:document:panel-tab';

function subscribe(onChange: () => void): () => void {
  const query = globalThis.matchMedia?.(WIDE_QUERY);
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
}

const isWide = () => globalThis.matchMedia?.(WIDE_QUERY).matches ?? true;

/** On a wide screen: what the person chose last, open when they never chose. */
const wideDefault = () => readItem(OPEN_KEY) !== 'false';

/** What {@link useDocumentPanel} returns. */
export interface DocumentPanelState {
  readonly open: boolean;
  /** True when the panel sits beside the text (≥ 1200 px), false when it is an overlay. */
  readonly wide: boolean;
  readonly setOpen: (open: boolean) => void;
  readonly tab: string;
  readonly setTab: (tab: string) => void;
}

/**
 * Whether the document's right panel is open, and its tab. On wide screens it opens by default
 * and the choice is remembered in this browser; on narrower screens it covers the text, so it
 * always starts closed and closes when the window becomes narrow.
 */
export function useDocumentPanel(): DocumentPanelState {
  const wide = useSyncExternalStore(subscribe, isWide);
  // Two states, so that crossing the width never shows (or focuses) an overlay on its own.
  const [wideOpen, setWideOpen] = useState(wideDefault);
  const [overlayOpen, setOverlayOpen] = useState(false);
  const [tab, setTabState] = useState(() => readItem(TAB_KEY) ?? 'contents');

  useEffect(() => {
    setOverlayOpen(false);
  }, [wide]);

  const setOpen = useCallback(
    (next: boolean) => {
      if (wide) {
        setWideOpen(next);
        writeItem(OPEN_KEY, String(next));
      } else {
        setOverlayOpen(next);
      }
    },
    [wide],
  );
  const setTab = useCallback((next: string) => {
    setTabState(next);
    writeItem(TAB_KEY, next);
  }, []);

  return { open: wide ? wideOpen : overlayOpen, wide, setOpen, tab, setTab };
}
