import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { API_TOKEN_MAX_DAYS, createTokenRequestSchema, type CreatedApiToken } from '@kring/shared';
import { api } from '../../api/api.js';
import { ErrorSummary } from '../../components/form/ErrorSummary.js';
import { TextField } from '../../components/form/TextField.js';
import { parseWholeNumber } from '../../forms/fieldProblems.js';
import { useFormSubmission } from '../../hooks/useFormSubmission.js';

/** Props of {@link CreateTokenForm}. */
export interface CreateTokenFormProps {
  readonly onCreated: (token: CreatedApiToken) => void;
}

type Field = 'name' | 'expiresInDays';

/** Creates an API token: a name to recognise it by and an optional lifetime in days. */
export function CreateTokenForm({ onCreated }: CreateTokenFormProps) {
  const { t } = useTranslation();
  const formId = useId();
  const headingId = useId();
  const form = useFormSubmission();
  const [values, setValues] = useState<Record<Field, string>>({ name: '', expiresInDays: '' });
  const id = (field: Field) => `${formId}${field}`;
  const labels: Record<Field, string> = {
    name: t('account.tokens.name'),
    expiresInDays: t('account.tokens.days'),
  };
  const fields = (Object.keys(labels) as Field[]).map((name) => ({
    name,
    id: id(name),
    label: labels[name],
  }));
  const change = (field: Field) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    form.clearField(field);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const request = { name: values.name, expiresInDays: parseWholeNumber(values.expiresInDays) };
    form.submit(createTokenRequestSchema.safeParse(request), request, async (data) => {
      onCreated(await api.tokens.create(data));
      setValues({ name: '', expiresInDays: '' });
    });
  };

  return (
    <form
      className="kring-form kring-subsection"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={headingId}
    >
      <Heading level={3} id={headingId}>
        {t('account.tokens.create')}
      </Heading>
      <ErrorSummary errors={form.summary(fields)} attempt={form.attempt} />
      <TextField
        id={id('name')}
        label={labels.name}
        hint={t('account.tokens.nameHint')}
        error={form.fieldErrors['name']}
        value={values.name}
        onChange={change('name')}
        inputProps={{ autoComplete: 'off', maxLength: 80 }}
      />
      <TextField
        id={id('expiresInDays')}
        label={labels.expiresInDays}
        hint={t('account.tokens.daysHint', { max: API_TOKEN_MAX_DAYS })}
        error={form.fieldErrors['expiresInDays']}
        value={values.expiresInDays}
        onChange={change('expiresInDays')}
        inputProps={{ inputMode: 'numeric', autoComplete: 'off' }}
      />
      <div className="kring-actions">
        <Button type="submit" purpose="primary" busy={form.busy}>
          {t('account.tokens.submit')}
        </Button>
      </div>
    </form>
  );
}
