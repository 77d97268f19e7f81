import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import { COMMENT_LIMITS } from '@kring/shared';
import { apiErrorMessage } from '../forms/apiErrorMessage.js';

/** Props of {@link CommentForm}. */
export interface CommentFormProps {
  readonly label: string;
  readonly submitLabel: string;
  readonly initial?: string;
  /** Saves the text; a rejection shows under the field and keeps the text. */
  readonly onSubmit: (body: string) => Promise<void>;
  readonly onCancel?: () => void;
  readonly autoFocus?: boolean;
}

/** One text field for a comment, a reply or an edit; Ctrl+Enter sends it. */
export function CommentForm(props: CommentFormProps) {
  const { label, submitLabel, initial, onSubmit, onCancel, autoFocus } = props;
  const { t } = useTranslation();
  const id = useId();
  const [body, setBody] = useState(initial ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const send = async () => {
    if (busy) return;
    if (body.trim() === '') {
      setError(t('comments.empty'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onSubmit(body);
      setBody('');
    } catch (failure) {
      setError(apiErrorMessage(t, failure));
    } finally {
      setBusy(false);
    }
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void send();
  };

  return (
    <form className="kring-comment-form" onSubmit={submit} noValidate>
      <label className="kring-form__label" htmlFor={id}>
        {label}
      </label>
      <textarea
        id={id}
        className="kring-textbox kring-textarea"
        rows={2}
        value={body}
        maxLength={COMMENT_LIMITS.body}
        aria-invalid={error !== null}
        aria-describedby={error === null ? undefined : `${id}-error`}
        autoFocus={autoFocus}
        onChange={(event) => {
          setBody(event.currentTarget.value);
          setError(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            void send();
          }
        }}
      />
      {error !== null && (
        <p className="kring-form__error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
      <div className="kring-actions">
        {onCancel !== undefined && (
          <Button purpose="secondary" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        )}
        <Button type="submit" purpose="primary" busy={busy}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
