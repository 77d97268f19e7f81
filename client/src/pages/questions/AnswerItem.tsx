import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import type { AnswerView, QuestionView } from '@kring/shared';
import { api } from '../../api/api.js';
import { DateTime } from '../../components/DateTime.js';
import { apiErrorMessage } from '../../forms/apiErrorMessage.js';
import { CommentForm } from '../../comments/CommentForm.js';

/** Props of {@link AnswerItem}. */
export interface AnswerItemProps {
  readonly slug: string;
  readonly question: QuestionView;
  readonly answer: AnswerView;
  readonly onQuestion: (question: QuestionView) => void;
}

/** One answer: who and when, the text; the asker accepts it, its author changes it. */
export function AnswerItem({ slug, question, answer, onQuestion }: AnswerItemProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = (work: () => Promise<QuestionView>) => {
    setError(null);
    work().then(onQuestion, (failure: unknown) => setError(apiErrorMessage(t, failure)));
  };
  return (
    <li className={answer.accepted ? 'kring-answer kring-answer--accepted' : 'kring-answer'}>
      <p className="kring-comment__meta">
        <strong>{answer.author?.name ?? t('comments.unknownAuthor')}</strong>{' '}
        <DateTime value={answer.createdAt} />
        {answer.editedAt !== null && ` · ${t('comments.edited')}`}
        {answer.accepted && (
          <span className="kring-badge kring-answer__badge"> {t('questions.accepted')}</span>
        )}
      </p>
      {editing ? (
        <CommentForm
          label={t('questions.editAnswer')}
          submitLabel={t('comments.save')}
          initial={answer.body}
          autoFocus
          onCancel={() => setEditing(false)}
          onSubmit={async (body) => {
            onQuestion(await api.questions.editAnswer(slug, question.id, answer.id, body));
            setEditing(false);
          }}
        />
      ) : (
        <p className="kring-comment__body">{answer.body}</p>
      )}
      <div className="kring-actions">
        {question.canManage && (
          <Button
            purpose="secondary"
            onClick={() =>
              run(() => api.questions.accept(slug, question.id, answer.id, !answer.accepted))
            }
          >
            {answer.accepted ? t('questions.unaccept') : t('questions.accept')}
          </Button>
        )}
        {answer.mine && !editing && (
          <Button purpose="subtle" onClick={() => setEditing(true)}>
            {t('comments.edit')}
          </Button>
        )}
      </div>
      {error !== null && (
        <p className="kring-form__error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
