import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { Transaction } from '@tiptap/pm/state';
import type { Editor } from '@tiptap/react';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import type { CommentAnchor, CommentThreadView, CommentThreadsView } from '@kring/shared';
import { api } from '../api/api.js';
import { commentHighlightsKey, type CommentRange } from '../editor/commentHighlights.js';
import { useApiResource, type Resource } from '../hooks/useApiResource.js';
import type { DocumentSession } from '../sync/DocumentSession.js';
import { anchorOfSelection, rangeOfAnchor, type TextRange } from './commentAnchors.js';

/** A thread being started on the selected text. */
export interface CommentDraft {
  readonly anchor: CommentAnchor;
  readonly quote: string;
}

/** The comments of the open page and what the panel and the text share about them. */
export interface CommentsController {
  readonly documentId: string;
  readonly resource: Resource<CommentThreadsView>;
  readonly reload: () => void;
  /** Puts a thread the server returned in place (or removes it: null with its id). */
  readonly replaceThread: (threadId: string, thread: CommentThreadView | null) => void;
  readonly draft: CommentDraft | null;
  /** Starts a thread on the selected text; false when nothing is selected. */
  readonly startDraft: () => boolean;
  readonly cancelDraft: () => void;
  /** Where each anchored thread is in the text now; null: its text was deleted (detached). */
  readonly ranges: ReadonlyMap<string, TextRange | null>;
  readonly activeThreadId: string | null;
  /** Chooses a thread (highlighted in the text, scrolled into view). */
  readonly setActive: (threadId: string | null) => void;
}

/**
 * Loads the page's comment threads (again whenever the server says they changed), works out where
 * their anchors are in the text and highlights the open ones there.
 */
export function useComments(
  session: DocumentSession,
  editor: Editor,
  documentId: string,
): CommentsController {
  const changes = useSyncExternalStore(
    session.commentChanges.subscribe,
    session.commentChanges.getSnapshot,
  );
  const load = useCallback(() => api.comments.list(documentId), [documentId]);
  const { resource, reload, setData } = useApiResource(load);
  // Every `comments changed` notice from the server (anyone's change) refetches the threads.
  useEffect(() => {
    if (changes > 0) reload();
  }, [changes, reload]);
  const [draft, setDraft] = useState<CommentDraft | null>(null);
  const [activeThreadId, setActive] = useState<string | null>(null);
  const [ranges, setRanges] = useState<ReadonlyMap<string, TextRange | null>>(new Map());
  const threads = resource.status === 'ready' ? resource.data.threads : null;

  useEffect(() => {
    if (threads === null || editor.isDestroyed) return undefined;
    const locate = () => {
      const next = new Map<string, TextRange | null>();
      for (const thread of threads) {
        if (thread.anchor !== null)
          next.set(thread.id, rangeOfAnchor(editor, session.doc, thread.anchor));
      }
      setRanges(next);
    };
    locate();
    // Others' edits arrive as Yjs updates: anchors are looked up again then (own typing is mapped),
    // once the burst is over and the browser is idle — never on the path of a keystroke.
    let pending: number | null = null;
    const later = () => {
      if (pending !== null) return;
      const run = () => {
        pending = null;
        if (!editor.isDestroyed) locate();
      };
      pending =
        typeof requestIdleCallback === 'function'
          ? requestIdleCallback(run, { timeout: 1000 })
          : window.setTimeout(run, 200);
    };
    const onTransaction = ({ transaction }: { transaction: Transaction }) => {
      const meta = transaction.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined;
      if (meta?.isChangeOrigin === true) later();
    };
    editor.on('transaction', onTransaction);
    return () => {
      editor.off('transaction', onTransaction);
      if (pending === null) return;
      if (typeof cancelIdleCallback === 'function') cancelIdleCallback(pending);
      else window.clearTimeout(pending);
    };
  }, [threads, editor, session.doc]);

  useEffect(() => {
    if (threads === null || editor.isDestroyed) return;
    const highlighted: CommentRange[] = [];
    for (const thread of threads) {
      const range = ranges.get(thread.id);
      if (thread.resolvedAt === null && range) {
        highlighted.push({ threadId: thread.id, ...range, active: thread.id === activeThreadId });
      }
    }
    editor.view.dispatch(
      editor.state.tr.setMeta(commentHighlightsKey, highlighted).setMeta('addToHistory', false),
    );
  }, [threads, ranges, activeThreadId, editor]);

  const replaceThread = useCallback(
    (threadId: string, thread: CommentThreadView | null) => {
      if (resource.status !== 'ready') return reload();
      const others = resource.data.threads.filter((each) => each.id !== threadId);
      const next =
        thread === null
          ? others
          : resource.data.threads.some((each) => each.id === threadId)
            ? resource.data.threads.map((each) => (each.id === threadId ? thread : each))
            : [...others, thread];
      setData({ ...resource.data, threads: next });
    },
    [resource, reload, setData],
  );

  const startDraft = useCallback(() => {
    const found = anchorOfSelection(editor, session.doc);
    if (found === null) return false;
    setDraft(found);
    return true;
  }, [editor, session.doc]);

  return {
    documentId,
    resource,
    reload,
    replaceThread,
    draft,
    startDraft,
    cancelDraft: useCallback(() => setDraft(null), []),
    ranges,
    activeThreadId,
    setActive,
  };
}
