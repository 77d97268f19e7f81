import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { DocumentView } from '@kring/shared';
import { api } from '../api/api.js';
import {
  applyChanges,
  buildTree,
  type PositionChange,
  type TreeNode,
} from '../pages/community/pageTree.js';
import { pageTreeRefresh } from './pageTreeRefresh.js';

/** While the tab is visible, the tree loads again this often (another person's moves). */
export const TREE_REFRESH_MS = 30_000;
/**
 * After the browser tab's title changed (a page was renamed), reload after these pauses: the
 * server stores the new title a moment after the edit (debounced).
 */
const TITLE_SETTLE_MS = [1500, 5000] as const;

/** What {@link usePageTree} returns. */
export interface SidebarPages {
  /** The community's readable pages; null while loading or when there is no community. */
  readonly pages: readonly DocumentView[] | null;
  readonly tree: readonly TreeNode[];
  /** Loading failed (offline, or no longer a member). */
  readonly failed: boolean;
  readonly reload: () => void;
  /**
   * Shows `changes` at once and sends them; on failure the tree is loaded again from the server
   * and the promise rejects with the server's error.
   */
  readonly move: (changes: readonly PositionChange[]) => Promise<void>;
}

/**
 * The page tree of community `slug` for the sidebar, kept fresh: on load, on
 * {@link refreshPageTree}, when the window gets focus, every 30 s while visible, and shortly after
 * the tab title changes (the open page was renamed).
 */
export function usePageTree(slug: string | null): SidebarPages {
  const [state, setState] = useState<{ slug: string; pages: DocumentView[] } | null>(null);
  const [failed, setFailed] = useState(false);
  const [version, setVersion] = useState(0);
  const bump = useSyncExternalStore(pageTreeRefresh.subscribe, pageTreeRefresh.getSnapshot);
  const reload = useCallback(() => setVersion((n) => n + 1), []);
  // Counts this tree's own moves: a load that started before one (or during one) answers with
  // the old places and must not undo the move on the screen.
  const moves = useRef({ started: 0, running: 0 });

  useEffect(() => {
    if (slug === null) return;
    let current = true;
    const movesBefore = moves.current.started;
    api.communities.documents(slug).then(
      (pages) => {
        if (!current) return;
        if (moves.current.started !== movesBefore || moves.current.running > 0) {
          if (moves.current.running === 0) reload();
          return;
        }
        setState({ slug, pages: pages.filter((page) => page.deletedAt === null) });
        setFailed(false);
      },
      () => {
        if (current) setFailed(true);
      },
    );
    return () => {
      current = false;
    };
  }, [slug, version, bump, reload]);

  useEffect(() => {
    const onFocus = () => reload();
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') reload();
    }, TREE_REFRESH_MS);
    let settle: ReturnType<typeof setTimeout>[] = [];
    const clearSettle = () => {
      for (const timer of settle) clearTimeout(timer);
      settle = [];
    };
    const titles = new MutationObserver(() => {
      clearSettle();
      settle = TITLE_SETTLE_MS.map((ms) => setTimeout(reload, ms));
    });
    const title = document.querySelector('title');
    if (title !== null)
      titles.observe(title, { childList: true, characterData: true, subtree: true });
    window.addEventListener('focus', onFocus);
    return () => {
      window.removeEventListener('focus', onFocus);
      clearInterval(timer);
      titles.disconnect();
      clearSettle();
    };
  }, [reload]);

  const pages = state !== null && state.slug === slug ? state.pages : null;
  const tree = useMemo(() => (pages === null ? [] : buildTree(pages)), [pages]);

  const move = useCallback(
    async (changes: readonly PositionChange[]) => {
      if (pages === null || slug === null) return;
      let current = applyChanges(pages, changes);
      setState({ slug, pages: current });
      moves.current.started += 1;
      moves.current.running += 1;
      try {
        for (const change of changes) {
          const updated = await api.documents.update(change.id, {
            parentId: change.parentId,
            position: change.position,
          });
          current = current.map((page) => (page.id === updated.id ? updated : page));
        }
        setState({ slug, pages: current });
      } catch (failure) {
        setState({ slug, pages: [...pages] });
        throw failure;
      } finally {
        moves.current.running -= 1;
        // Also after a failure: the server's tree replaces the restored one.
        if (moves.current.running === 0) reload();
      }
    },
    [pages, slug, reload],
  );

  return { pages, tree, failed, reload, move };
}
