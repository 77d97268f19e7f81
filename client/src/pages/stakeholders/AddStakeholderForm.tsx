import { useCallback, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import {
  createStakeholderRequestSchema,
  ORGANISATION_TYPES,
  PROFILE_LIMITS,
  type ExternalStakeholderView,
  type OrganisationType,
} from '@kring/shared';
import { api } from '../../api/api.js';
import { ErrorSummary } from '../../components/form/ErrorSummary.js';
import { SelectField } from '../../components/form/SelectField.js';
import { TextAreaField } from '../../components/form/TextAreaField.js';
import { TextField, type TextFieldProps } from '../../components/form/TextField.js';
import type { FieldProblem } from '../../forms/fieldProblems.js';
import { useFormSubmission } from '../../hooks/useFormSubmission.js';
import { organisationTypeLabel } from '../../i18n/organisationType.js';
import {
  EMPTY_STAKEHOLDER_FORM,
  stakeholderRequest,
  type StakeholderFormValues,
} from './stakeholderForm.js';

/** Props of {@link AddStakeholderForm}. */
export interface AddStakeholderFormProps {
  readonly slug: string;
  /** Called with the stakeholder the server stored. */
  readonly onAdded: (stakeholder: ExternalStakeholderView) => void;
}

type Field = keyof StakeholderFormValues;

/**
 * For owners: adds an organisation or contact who is not a member yet (someone to invite), with
 * the topics they cover. Validated with the server's own schema before it is sent.
 */
export function AddStakeholderForm({ slug, onAdded }: AddStakeholderFormProps) {
  const { t } = useTranslation();
  const formId = useId();
  const headingId = useId();
  const messageFor = useCallback(
    (field: string, problem: FieldProblem): string | undefined => {
      // The email may be empty or an address: zod reports a failed union, not a bad email.
      if (field === 'contactEmail' && problem.kind === 'format') return t('form.problem.email');
      if (field === 'topics' && problem.kind === 'tooLong') {
        return problem.max === PROFILE_LIMITS.expertiseTopics
          ? t('stakeholders.form.tooManyTopics', { max: problem.max })
          : t('stakeholders.form.topicTooLong', { max: problem.max });
      }
      return undefined;
    },
    [t],
  );
  const form = useFormSubmission({ messageFor });
  const [values, setValues] = useState<StakeholderFormValues>(EMPTY_STAKEHOLDER_FORM);
  const id = (field: Field) => `${formId}${field}`;
  const labels: Record<Field, string> = {
    organisationName: t('stakeholders.form.organisationName'),
    organisationType: t('stakeholders.form.organisationType'),
    contactName: t('stakeholders.form.contactName'),
    contactEmail: t('stakeholders.form.contactEmail'),
    topics: t('stakeholders.form.topics'),
    note: t('stakeholders.form.note'),
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
  const text = (
    field: Exclude<Field, 'organisationType' | 'note'>,
    extra: Partial<Pick<TextFieldProps, 'hint' | 'inputProps'>> = {},
  ): TextFieldProps => ({
    id: id(field),
    label: labels[field],
    error: form.fieldErrors[field],
    value: values[field],
    onChange: change(field),
    ...extra,
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const request = stakeholderRequest(values);
    form.submit(createStakeholderRequestSchema.safeParse(request), values, async (valid) => {
      onAdded(await api.stakeholders.add(slug, valid));
      setValues(EMPTY_STAKEHOLDER_FORM);
    });
  };

  return (
    <section className="kring-map-form" aria-labelledby={headingId}>
      <Heading level={3} id={headingId}>
        {t('stakeholders.form.heading')}
      </Heading>
      <Paragraph>{t('stakeholders.form.intro')}</Paragraph>
      <form className="kring-form" onSubmit={onSubmit} noValidate>
        <ErrorSummary errors={form.summary(fields)} attempt={form.attempt} />
        <TextField
          {...text('organisationName', {
            inputProps: { autoComplete: 'organization', required: true },
          })}
        />
        <SelectField
          id={id('organisationType')}
          label={labels.organisationType}
          error={form.fieldErrors['organisationType']}
          value={values.organisationType}
          options={ORGANISATION_TYPES.map((type) => ({
            value: type,
            label: organisationTypeLabel(t, type),
          }))}
          onChange={(value) => change('organisationType')(value as OrganisationType)}
        />
        <TextField {...text('contactName', { inputProps: { autoComplete: 'off' } })} />
        <TextField
          {...text('contactEmail', {
            hint: t('stakeholders.form.contactEmailHint'),
            inputProps: { type: 'email', autoComplete: 'off' },
          })}
        />
        <TextField {...text('topics', { hint: t('stakeholders.form.topicsHint') })} />
        <TextAreaField
          id={id('note')}
          label={labels.note}
          hint={t('stakeholders.form.noteHint')}
          error={form.fieldErrors['note']}
          value={values.note}
          onChange={change('note')}
          maxLength={500}
        />
        <div className="kring-actions">
          <Button type="submit" purpose="primary" busy={form.busy}>
            {t('stakeholders.form.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
