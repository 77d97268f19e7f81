import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import { QUESTION_LIMITS, askQuestionRequestSchema, type AskQuestionRequest } from '@kring/shared';
import { ErrorSummary } from '../../components/form/ErrorSummary.js';
import { TextAreaField } from '../../components/form/TextAreaField.js';
import { TextField } from '../../components/form/TextField.js';
import { useFormSubmission } from '../../hooks/useFormSubmission.js';

/** Props of {@link AskQuestionForm}. */
export interface AskQuestionFormProps {
  readonly onAsk: (request: AskQuestionRequest) => Promise<void>;
}

/** The question in one line, and what the asker knows already. */
export function AskQuestionForm({ onAsk }: AskQuestionFormProps) {
  const { t } = useTranslation();
  const formId = useId();
  const form = useFormSubmission();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const fields = [
    { name: 'title', id: `${formId}title`, label: t('questions.fields.title') },
    { name: 'body', id: `${formId}body`, label: t('questions.fields.body') },
  ];
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values = { title, body };
    form.submit(askQuestionRequestSchema.safeParse(values), values, async (request) => {
      await onAsk(request);
      setTitle('');
      setBody('');
    });
  };
  return (
    <form className="kring-form" onSubmit={submit} noValidate>
      <ErrorSummary errors={form.summary(fields)} attempt={form.attempt} />
      <TextField
        id={`${formId}title`}
        label={t('questions.fields.title')}
        hint={t('questions.titleHint')}
        error={form.fieldErrors['title']}
        value={title}
        onChange={(value) => {
          setTitle(value);
          form.clearField('title');
        }}
        inputProps={{ maxLength: QUESTION_LIMITS.title, autoComplete: 'off' }}
      />
      <TextAreaField
        id={`${formId}body`}
        label={t('questions.fields.body')}
        hint={t('questions.bodyHint')}
        error={form.fieldErrors['body']}
        value={body}
        maxLength={QUESTION_LIMITS.body}
        rows={4}
        onChange={setBody}
      />
      <div className="kring-actions">
        <Button type="submit" purpose="primary" busy={form.busy}>
          {t('questions.ask')}
        </Button>
      </div>
    </form>
  );
}
