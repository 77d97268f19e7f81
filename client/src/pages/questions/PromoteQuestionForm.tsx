import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import { promoteQuestionRequestSchema, type QuestionView } from '@kring/shared';
import { api } from '../../api/api.js';
import { ErrorSummary } from '../../components/form/ErrorSummary.js';
import { TextAreaField } from '../../components/form/TextAreaField.js';
import { TextField } from '../../components/form/TextField.js';
import { useFormSubmission } from '../../hooks/useFormSubmission.js';

/** Props of {@link PromoteQuestionForm}. */
export interface PromoteQuestionFormProps {
  readonly slug: string;
  readonly question: QuestionView;
  /** The person may create pages (owners, editors). */
  readonly mayCreatePages: boolean;
  readonly onQuestion: (question: QuestionView) => void;
}

type Kind = 'glossary' | 'page';

/**
 * Keeps what a question taught: it becomes a glossary entry (a term and what it means, from the
 * accepted answer) or a new page; either links back to the question.
 */
export function PromoteQuestionForm(props: PromoteQuestionFormProps) {
  const { slug, question, mayCreatePages, onQuestion } = props;
  const { t } = useTranslation();
  const formId = useId();
  const form = useFormSubmission();
  const accepted = question.answers.find((answer) => answer.accepted);
  const [kind, setKind] = useState<Kind>('glossary');
  const [term, setTerm] = useState('');
  const [definition, setDefinition] = useState(accepted?.body ?? '');
  const [title, setTitle] = useState(question.title);
  const [done, setDone] = useState('');
  const fields = [
    { name: 'term', id: `${formId}term`, label: t('glossary.fields.term') },
    { name: 'definition', id: `${formId}definition`, label: t('glossary.fields.definition') },
    { name: 'title', id: `${formId}title`, label: t('questions.pageTitleField') },
  ];
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDone('');
    const values = kind === 'glossary' ? { kind, term, definition } : { kind, title };
    form.submit(promoteQuestionRequestSchema.safeParse(values), values, async (request) => {
      onQuestion(await api.questions.promote(slug, question.id, request));
      setDone(kind === 'glossary' ? t('questions.promotedGlossary') : t('questions.promotedPage'));
    });
  };
  return (
    <form className="kring-form" onSubmit={submit} noValidate>
      <ErrorSummary errors={form.summary(fields)} attempt={form.attempt} />
      <fieldset className="kring-fieldset">
        <legend className="kring-form__label">{t('questions.promoteAs')}</legend>
        <label className="kring-choice">
          <input
            type="radio"
            name={`${formId}kind`}
            checked={kind === 'glossary'}
            onChange={() => setKind('glossary')}
          />
          {t('questions.asGlossary')}
        </label>
        {mayCreatePages && (
          <label className="kring-choice">
            <input
              type="radio"
              name={`${formId}kind`}
              checked={kind === 'page'}
              onChange={() => setKind('page')}
            />
            {t('questions.asPage')}
          </label>
        )}
      </fieldset>
      {kind === 'glossary' ? (
        <>
          <TextField
            id={`${formId}term`}
            label={t('glossary.fields.term')}
            error={form.fieldErrors['term']}
            value={term}
            onChange={(value) => {
              setTerm(value);
              form.clearField('term');
            }}
          />
          <TextAreaField
            id={`${formId}definition`}
            label={t('glossary.fields.definition')}
            error={form.fieldErrors['definition']}
            value={definition}
            rows={3}
            onChange={(value) => {
              setDefinition(value);
              form.clearField('definition');
            }}
          />
        </>
      ) : (
        <TextField
          id={`${formId}title`}
          label={t('questions.pageTitleField')}
          error={form.fieldErrors['title']}
          value={title}
          onChange={(value) => {
            setTitle(value);
            form.clearField('title');
          }}
        />
      )}
      <div className="kring-actions">
        <Button type="submit" purpose="secondary" busy={form.busy}>
          {t('questions.promote')}
        </Button>
      </div>
      <p className="kring-announcement" aria-live="polite">
        {done}
      </p>
    </form>
  );
}
