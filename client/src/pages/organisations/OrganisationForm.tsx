import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { organisationTypeLabel } from '../../i18n/organisationType.js';
import { Button } from '@nl-design-system-candidate/button-react';
import {
  ORGANISATION_TYPES,
  PROFILE_LIMITS,
  createOrganisationRequestSchema,
  type CreateOrganisationRequest,
  type OrganisationType,
} from '@kring/shared';
import { ErrorSummary } from '../../components/form/ErrorSummary.js';
import { SelectField } from '../../components/form/SelectField.js';
import { TextField } from '../../components/form/TextField.js';
import { useFormSubmission } from '../../hooks/useFormSubmission.js';

/** Props of {@link OrganisationForm}. */
export interface OrganisationFormProps {
  readonly initial?: CreateOrganisationRequest;
  readonly submitLabel: string;
  /** Saves the valid record; a rejection is shown in the form. */
  readonly onSubmit: (request: CreateOrganisationRequest) => Promise<void>;
  /** Shown as a second button (editing in a dialog). */
  readonly onCancel?: () => void;
}

/** Name and type of an organisation record, for adding one or changing it. */
export function OrganisationForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: OrganisationFormProps) {
  const { t } = useTranslation();
  const formId = useId();
  const form = useFormSubmission();
  const [name, setName] = useState(initial?.name ?? '');
  const [type, setType] = useState<OrganisationType>(initial?.type ?? 'ministry');
  const fields = [
    { name: 'name', id: `${formId}name`, label: t('organisations.name') },
    { name: 'type', id: `${formId}type`, label: t('organisations.type') },
  ];
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values = { name, type };
    form.submit(createOrganisationRequestSchema.safeParse(values), values, async (request) => {
      await onSubmit(request);
      if (initial === undefined) setName('');
    });
  };
  return (
    <form className="kring-form" onSubmit={submit} noValidate>
      <ErrorSummary errors={form.summary(fields)} attempt={form.attempt} />
      <TextField
        id={`${formId}name`}
        label={t('organisations.name')}
        hint={t('organisations.nameHint')}
        error={form.fieldErrors['name']}
        value={name}
        onChange={(value) => {
          setName(value);
          form.clearField('name');
        }}
        inputProps={{ maxLength: PROFILE_LIMITS.organisationName, autoComplete: 'off' }}
      />
      <SelectField
        id={`${formId}type`}
        label={t('organisations.type')}
        error={form.fieldErrors['type']}
        value={type}
        options={ORGANISATION_TYPES.map((value) => ({
          value,
          label: organisationTypeLabel(t, value),
        }))}
        onChange={(value) => setType(value as OrganisationType)}
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
