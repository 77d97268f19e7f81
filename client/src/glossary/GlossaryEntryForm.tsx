import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import {
  GLOSSARY_LANGUAGES,
  GLOSSARY_LIMITS,
  createGlossaryEntryRequestSchema,
  type CreateGlossaryEntryRequest,
  type GlossaryEntryView,
  type GlossaryLanguage,
} from '@kring/shared';
import { ErrorSummary } from '../components/form/ErrorSummary.js';
import { SelectField } from '../components/form/SelectField.js';
import { TextAreaField } from '../components/form/TextAreaField.js';
import { TextField } from '../components/form/TextField.js';
import { joinList, splitList } from '../forms/listText.js';
import { useFormSubmission } from '../hooks/useFormSubmission.js';
import { ApiError } from '../api/ApiError.js';

/** Props of {@link GlossaryEntryForm}. */
export interface GlossaryEntryFormProps {
  /** The entry to change; absent for a new one. */
  readonly entry?: GlossaryEntryView;
  /** A term to start with (text selected in a page). */
  readonly initialTerm?: string;
  readonly submitLabel: string;
  /** Saves the valid entry; a rejection shows in the form. */
  readonly onSubmit: (request: CreateGlossaryEntryRequest) => Promise<void>;
  readonly onCancel?: () => void;
}

type Field = 'term' | 'definition' | 'synonyms' | 'abbreviations' | 'language' | 'links';

/** Term, definition, synonyms, abbreviations, language and links of a glossary entry. */
export function GlossaryEntryForm(props: GlossaryEntryFormProps) {
  const { entry, initialTerm, submitLabel, onSubmit, onCancel } = props;
  const { t } = useTranslation();
  const formId = useId();
  const form = useFormSubmission();
  const [values, setValues] = useState<Record<Field, string>>({
    term: entry?.term ?? initialTerm ?? '',
    definition: entry?.definition ?? '',
    synonyms: joinList(entry?.synonyms ?? []),
    abbreviations: joinList(entry?.abbreviations ?? []),
    language: entry?.language ?? '',
    links: (entry?.links ?? []).join('\n'),
  });
  const id = (field: Field) => `${formId}${field}`;
  const label = (field: Field) => t(`glossary.fields.${field}`);
  const fields = (Object.keys(values) as Field[]).map((name) => ({
    name,
    id: id(name),
    label: label(name),
  }));
  const change = (field: Field) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    form.clearField(field);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const request = {
      term: values.term,
      definition: values.definition,
      synonyms: splitList(values.synonyms),
      abbreviations: splitList(values.abbreviations),
      language: values.language as GlossaryLanguage,
      links: values.links
        .split('\n')
        .map((link) => link.trim())
        .filter((link) => link !== ''),
    };
    form.submit(
      createGlossaryEntryRequestSchema.safeParse(request),
      request,
      async (valid) => {
        await onSubmit(valid);
        if (entry === undefined)
          setValues((current) => ({
            ...current,
            term: '',
            definition: '',
            synonyms: '',
            abbreviations: '',
            links: '',
          }));
      },
      (error) =>
        error instanceof ApiError && error.status === 409
          ? { field: 'term', message: t('glossary.known') }
          : null,
    );
  };

  return (
    <form className="kring-form" onSubmit={submit} noValidate>
      <ErrorSummary errors={form.summary(fields)} attempt={form.attempt} />
      <TextField
        id={id('term')}
        label={label('term')}
        error={form.fieldErrors['term']}
        value={values.term}
        onChange={change('term')}
        inputProps={{ maxLength: GLOSSARY_LIMITS.term, autoComplete: 'off' }}
      />
      <TextAreaField
        id={id('definition')}
        label={label('definition')}
        hint={t('glossary.definitionHint')}
        error={form.fieldErrors['definition']}
        value={values.definition}
        maxLength={GLOSSARY_LIMITS.definition}
        rows={4}
        onChange={change('definition')}
      />
      <TextField
        id={id('synonyms')}
        label={label('synonyms')}
        hint={t('glossary.synonymsHint')}
        error={form.fieldErrors['synonyms']}
        value={values.synonyms}
        onChange={change('synonyms')}
      />
      <TextField
        id={id('abbreviations')}
        label={label('abbreviations')}
        hint={t('glossary.abbreviationsHint')}
        error={form.fieldErrors['abbreviations']}
        value={values.abbreviations}
        onChange={change('abbreviations')}
      />
      <SelectField
        id={id('language')}
        label={label('language')}
        value={values.language}
        options={GLOSSARY_LANGUAGES.map((language) => ({
          value: language,
          label: t(`glossary.languages.${language === '' ? 'none' : language}`),
        }))}
        onChange={change('language')}
      />
      <TextAreaField
        id={id('links')}
        label={label('links')}
        hint={t('glossary.linksHint')}
        error={form.fieldErrors['links']}
        value={values.links}
        rows={2}
        onChange={change('links')}
      />
      <div className="kring-actions">
        {onCancel !== undefined && (
          <Button purpose="secondary" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        )}
        <Button type="submit" purpose="primary" busy={form.busy}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
