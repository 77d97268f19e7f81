import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import {
  createInvitationRequestSchema,
  INVITATION_DEFAULT_DAYS,
  INVITATION_MAX_DAYS,
  type CreatedInvitation,
} from '@kring/shared';
import { api } from '../../api/api.js';
import { ErrorSummary } from '../../components/form/ErrorSummary.js';
import { SelectField } from '../../components/form/SelectField.js';
import { TextField } from '../../components/form/TextField.js';
import { parseWholeNumber } from '../../forms/fieldProblems.js';
import { useFormSubmission } from '../../hooks/useFormSubmission.js';

/** Roles an invitation can give (owners are made by changing a member's role). */
const INVITATION_ROLES = ['reader', 'commenter', 'editor'] as const;

/** Props of {@link CreateInvitationForm}. */
export interface CreateInvitationFormProps {
  readonly slug: string;
  readonly onCreated: (invitation: CreatedInvitation) => void;
}

type Field = 'role' | 'email' | 'expiresInDays';

/** Creates an invitation link: role, optionally one email address, and how long it is valid. */
export function CreateInvitationForm({ slug, onCreated }: CreateInvitationFormProps) {
  const { t } = useTranslation();
  const formId = useId();
  const headingId = useId();
  const form = useFormSubmission();
  const [values, setValues] = useState<Record<Field, string>>({
    role: 'editor',
    email: '',
    expiresInDays: String(INVITATION_DEFAULT_DAYS),
  });
  const id = (field: Field) => `${formId}${field}`;
  const labels: Record<Field, string> = {
    role: t('invitations.role'),
    email: t('invitations.email'),
    expiresInDays: t('invitations.days'),
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
    const email = values.email.trim();
    const request = {
      role: values.role,
      email: email === '' ? undefined : email,
      expiresInDays: parseWholeNumber(values.expiresInDays),
    };
    form.submit(createInvitationRequestSchema.safeParse(request), request, async (data) => {
      onCreated(await api.invitations.create(slug, data));
      setValues((current) => ({ ...current, email: '' }));
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
        {t('invitations.create')}
      </Heading>
      <ErrorSummary errors={form.summary(fields)} attempt={form.attempt} />
      <SelectField
        id={id('role')}
        label={labels.role}
        error={form.fieldErrors['role']}
        value={values.role}
        options={INVITATION_ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))}
        onChange={change('role')}
      />
      <TextField
        id={id('email')}
        label={labels.email}
        hint={t('invitations.emailHint')}
        error={form.fieldErrors['email']}
        value={values.email}
        onChange={change('email')}
        inputProps={{ type: 'email', autoComplete: 'off', spellCheck: false }}
      />
      <TextField
        id={id('expiresInDays')}
        label={labels.expiresInDays}
        hint={t('invitations.daysHint', { max: INVITATION_MAX_DAYS })}
        error={form.fieldErrors['expiresInDays']}
        value={values.expiresInDays}
        onChange={change('expiresInDays')}
        inputProps={{ inputMode: 'numeric', autoComplete: 'off' }}
      />
      <div className="kring-actions">
        <Button type="submit" purpose="primary" busy={form.busy}>
          {t('invitations.submit')}
        </Button>
      </div>
    </form>
  );
}
