import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import type { CommentThreadView, UserSummary } from '@kring/shared';
import { api } from '../api/api.js';
import { apiErrorMessage } from '../forms/apiErrorMessage.js';
import { CommentForm } from './CommentForm.js';
import { CommentItem } from './CommentItem.js';
import type { TextRange } from './commentAnchors.js';

/** Props of {@link ThreadCard}. */
export interface ThreadCardProps {
  readonly documentId: string;
  readonly thread: CommentThreadView;
  /** Where its text is now (null: deleted, the thread is detached; undefined: on the page). */
  readonly range: TextRange | null | undefined;
  readonly active: boolean;
  readonly selfId: string | null;
  readonly canComment: boolean;
  /** Members who can be @mentioned in a reply. */
  readonly members: readonly UserSummary[];
  readonly onShow: () => void;
  readonly onThread: (thread: CommentThreadView | null) => void;
}

/** A thread: the text it is about (a button that shows it), its comments, reply and resolve. */
export function ThreadCard(props: ThreadCardProps) {
  const { documentId, thread, range, active, selfId, canComment, members, onShow, onThread } =
    props;
  const { t } = useTranslation();
  const headingId = useId();
  const [error, setError] = useState<string | null>(null);
  const resolved = thread.resolvedAt !== null;
  const toggleResolved = () => {
    setError(null);
    api.comments
      .resolve(documentId, thread.id, !resolved)
      .then(onThread, (failure: unknown) => setError(apiErrorMessage(t, failure)));
  };
  return (
    <li
      className={active ? 'kring-thread kring-thread--active' : 'kring-thread'}
      aria-labelledby={headingId}
      data-thread-id={thread.id}
    >
      <h3 className="kring-thread__quote" id={headingId}>
        {thread.anchor === null ? (
          t('comments.onPage')
        ) : range === null ? (
          <span>
            “{thread.quote}”{' '}
            <span className="kring-thread__detached">{t('comments.detached')}</span>
          </span>
        ) : (
          <button type="button" className="kring-thread__show" onClick={onShow}>
            “{thread.quote}”
          </button>
        )}
      </h3>
      {resolved && (
        <p className="kring-hint">
          {t('comments.resolvedBy', {
            name: thread.resolvedBy?.name ?? t('comments.unknownAuthor'),
          })}
        </p>
      )}
      <ol className="kring-thread__comments">
        {thread.comments.map((comment) => (
          <CommentItem
            key={comment.id}
            documentId={documentId}
            threadId={thread.id}
            comment={comment}
            selfId={selfId}
            canComment={canComment}
            onThread={onThread}
          />
        ))}
      </ol>
      {canComment && (
        <>
          <CommentForm
            label={t('comments.replyLabel')}
            submitLabel={t('comments.reply')}
            members={members}
            onSubmit={async (body, mentions) =>
              onThread(await api.comments.reply(documentId, thread.id, body, mentions))
            }
          />
          <div className="kring-actions">
            <Button purpose="secondary" onClick={toggleResolved}>
              {resolved ? t('comments.reopen') : t('comments.resolve')}
            </Button>
          </div>
        </>
      )}
      {error !== null && (
        <p className="kring-form__error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
