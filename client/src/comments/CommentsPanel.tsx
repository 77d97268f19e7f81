import { useCallback, useId, useMemo, useState } from 'react';
import { Button } from '@nl-design-system-candidate/button-react';
import { useTranslation } from 'react-i18next';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import type { Editor } from '@tiptap/react';
import { api } from '../api/api.js';
import { ResourceView } from '../components/ResourceView.js';
import { useApiResource } from '../hooks/useApiResource.js';
import { useSession } from '../hooks/useSession.js';
import { CommentForm } from './CommentForm.js';
import { ThreadCard } from './ThreadCard.js';
import type { CommentsController } from './useComments.js';

/** Props of {@link CommentsPanel}. */
export interface CommentsPanelProps {
  readonly comments: CommentsController;
  readonly editor: Editor;
  /** The page's community: its members can be @mentioned. */
  readonly slug: string;
}

/**
 * The page's comment threads: a new one on the selected text, then the open threads in order,
 * then the resolved ones. Choosing a thread's quote shows its text; the list follows everyone's
 * changes live.
 */
export function CommentsPanel({ comments, editor, slug }: CommentsPanelProps) {
  const { t } = useTranslation();
  const openHeadingId = useId();
  const resolvedHeadingId = useId();
  const session = useSession();
  const selfId = session.status === 'signed-in' ? session.user.id : null;
  const { documentId, draft } = comments;
  const [needsSelection, setNeedsSelection] = useState(false);
  const loadMembers = useCallback(() => api.members.list(slug), [slug]);
  const { resource: memberList } = useApiResource(loadMembers);
  const members = useMemo(
    () =>
      memberList.status === 'ready'
        ? memberList.data.map((member) => member.user).filter((user) => user.id !== selfId)
        : [],
    [memberList, selfId],
  );
  const startOnSelection = () => setNeedsSelection(!comments.startDraft());

  const show = (threadId: string) => {
    comments.setActive(threadId);
    const range = comments.ranges.get(threadId);
    if (!range) return;
    editor.chain().setTextSelection(range.from).scrollIntoView().run();
    const { node } = editor.view.domAtPos(range.from);
    (node instanceof Element ? node : node.parentElement)?.scrollIntoView({ block: 'center' });
  };

  return (
    <div className="kring-comments">
      <ResourceView resource={comments.resource} reload={comments.reload}>
        {({ threads, canComment }) => {
          const open = threads.filter((thread) => thread.resolvedAt === null);
          const resolved = threads.filter((thread) => thread.resolvedAt !== null);
          const card = (thread: (typeof threads)[number]) => (
            <ThreadCard
              key={thread.id}
              documentId={documentId}
              thread={thread}
              range={thread.anchor === null ? undefined : (comments.ranges.get(thread.id) ?? null)}
              active={thread.id === comments.activeThreadId}
              selfId={selfId}
              canComment={canComment}
              members={members}
              onShow={() => show(thread.id)}
              onThread={(next) => comments.replaceThread(thread.id, next)}
            />
          );
          return (
            <>
              {draft === null && canComment && (
                <div className="kring-comments__start">
                  <Button purpose="secondary" onClick={startOnSelection}>
                    {t('comments.onSelection')}
                  </Button>
                  <p className="kring-hint" aria-live="polite">
                    {needsSelection ? t('comments.selectFirst') : ''}
                  </p>
                </div>
              )}
              {draft !== null && canComment && (
                <section
                  className="kring-thread kring-thread--draft"
                  aria-label={t('comments.new')}
                >
                  <p className="kring-thread__quote">“{draft.quote}”</p>
                  <CommentForm
                    label={t('comments.newLabel')}
                    submitLabel={t('comments.submit')}
                    autoFocus
                    onCancel={comments.cancelDraft}
                    members={members}
                    onSubmit={async (body, mentions) => {
                      const thread = await api.comments.create(documentId, {
                        anchor: draft.anchor,
                        quote: draft.quote,
                        body,
                        mentions,
                      });
                      comments.replaceThread(thread.id, thread);
                      comments.cancelDraft();
                      comments.setActive(thread.id);
                    }}
                  />
                </section>
              )}
              <h2 className="kring-panel__heading" id={openHeadingId}>
                {t('comments.openHeading', { count: open.length })}
              </h2>
              {open.length === 0 ? (
                <Paragraph className="kring-hint">
                  {canComment ? t('comments.emptyCanComment') : t('comments.emptyReader')}
                </Paragraph>
              ) : (
                <ol className="kring-threads" aria-labelledby={openHeadingId}>
                  {open.map(card)}
                </ol>
              )}
              {resolved.length > 0 && (
                <details className="kring-disclosure">
                  <summary className="kring-disclosure__summary" id={resolvedHeadingId}>
                    {t('comments.resolvedHeading', { count: resolved.length })}
                  </summary>
                  <ol className="kring-threads" aria-labelledby={resolvedHeadingId}>
                    {resolved.map(card)}
                  </ol>
                </details>
              )}
            </>
          );
        }}
      </ResourceView>
    </div>
  );
}
