import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import { REACTIONS, type CommentThreadView, type CommentView, type Reaction } from '@kring/shared';
import { api } from '../api/api.js';
import { ConfirmDialog } from '../components/ConfirmDialog.js';
import { DateTime } from '../components/DateTime.js';
import { apiErrorMessage } from '../forms/apiErrorMessage.js';
import { CommentForm } from './CommentForm.js';

/** Props of {@link CommentItem}. */
export interface CommentItemProps {
  readonly documentId: string;
  readonly threadId: string;
  readonly comment: CommentView;
  readonly selfId: string | null;
  readonly canComment: boolean;
  /** The thread as the server returned it after a change (null: the thread is gone). */
  readonly onThread: (thread: CommentThreadView | null) => void;
}

/** One comment: who and when, the text, reactions; its author may change or delete it. */
export function CommentItem(props: CommentItemProps) {
  const { documentId, threadId, comment, selfId, canComment, onThread } = props;
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const author = comment.author?.name ?? t('comments.unknownAuthor');

  const run = (work: () => Promise<CommentThreadView | null>) => {
    setError(null);
    work().then(onThread, (failure: unknown) => setError(apiErrorMessage(t, failure)));
  };
  const react = (reaction: Reaction, on: boolean) =>
    run(() => api.comments.react(documentId, threadId, comment.id, reaction, on));

  if (comment.deleted) {
    return <li className="kring-comment kring-comment--deleted">{t('comments.deleted')}</li>;
  }
  return (
    <li className="kring-comment">
      <p className="kring-comment__meta">
        <strong>{author}</strong> <DateTime value={comment.createdAt} />
        {comment.editedAt !== null && ` · ${t('comments.edited')}`}
      </p>
      {editing ? (
        <CommentForm
          label={t('comments.editLabel')}
          submitLabel={t('comments.save')}
          initial={comment.body}
          autoFocus
          onCancel={() => setEditing(false)}
          onSubmit={async (body) => {
            onThread(await api.comments.edit(documentId, threadId, comment.id, body));
            setEditing(false);
          }}
        />
      ) : (
        <p className="kring-comment__body">{comment.body}</p>
      )}
      <div className="kring-comment__reactions">
        {comment.reactions.map(({ reaction, userIds }) => {
          const mine = selfId !== null && userIds.includes(selfId);
          return (
            <button
              key={reaction}
              type="button"
              className="kring-reaction"
              aria-pressed={mine}
              disabled={!canComment}
              aria-label={t('comments.reactionCount', { reaction, count: userIds.length })}
              onClick={() => react(reaction, !mine)}
            >
              {reaction} {userIds.length}
            </button>
          );
        })}
        {canComment && (
          <details className="kring-reaction-picker">
            <summary className="kring-reaction-picker__summary">{t('comments.react')}</summary>
            <div className="kring-reaction-picker__choices">
              {REACTIONS.map((reaction) => (
                <button
                  key={reaction}
                  type="button"
                  className="kring-reaction"
                  aria-label={t('comments.reactWith', { reaction })}
                  onClick={() => react(reaction, true)}
                >
                  {reaction}
                </button>
              ))}
            </div>
          </details>
        )}
      </div>
      {comment.mine && !editing && (
        <div className="kring-actions">
          <Button purpose="subtle" onClick={() => setEditing(true)}>
            {t('comments.edit')}
          </Button>
          <Button purpose="subtle" hint="negative" onClick={() => setDeleting(true)}>
            {t('comments.delete')}
          </Button>
        </div>
      )}
      <ConfirmDialog
        open={deleting}
        title={t('comments.deleteTitle')}
        confirmLabel={t('comments.delete')}
        onCancel={() => setDeleting(false)}
        onConfirm={() => {
          setDeleting(false);
          run(() => api.comments.remove(documentId, threadId, comment.id));
        }}
      >
        <p>{comment.body}</p>
      </ConfirmDialog>
      {error !== null && (
        <p className="kring-form__error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
