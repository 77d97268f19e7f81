import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { addMemberRequestSchema, ROLES } from '@kring/shared';
import { api } from '../../api/api.js';
import { ApiError } from '../../api/ApiError.js';
import { ErrorSummary } from '../../components/form/ErrorSummary.js';
import { SelectField } from '../../components/form/SelectField.js';
import { TextField } from '../../components/form/TextField.js';
import { useFormSubmission } from '../../hooks/useFormSubmission.js';

/** Props of {@link AddMemberForm}. */
export interface AddMemberFormProps {
  readonly slug: string;
  /** Called with a message to announce once the member was added. */
  readonly onAdded: (message: string) => void;
}

/** Adds someone who already has an account, by email address, with a role. */
export function AddMemberForm({ slug, onAdded }: AddMemberFormProps) {
  const { t } = useTranslation();
  const formId = useId();
  const headingId = useId();
  const form = useFormSubmission();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState('editor');
  const fields = [
    { name: 'email', id: `${formId}email`, label: t('fields.email') },
    { name: 'role', id: `${formId}role`, label: t('members.add.role') },
  ];

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values = { email, role };
    form.submit(
      addMemberRequestSchema.safeParse(values),
      values,
      async (request) => {
        const member = await api.members.add(slug, request);
        setEmail('');
        onAdded(t('members.added', { name: member.user.name }));
      },
      (error) => {
        if (!(error instanceof ApiError)) return null;
        if (error.code === 'not_found')
          return { field: 'email', message: t('members.add.noAccount') };
        if (error.code === 'conflict') return { field: 'email', message: t('members.add.already') };
        return null;
      },
    );
  };

  return (
    <form
      className="kring-form kring-subsection"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={headingId}
    >
      <Heading level={3} id={headingId}>
        {t('members.add.heading')}
      </Heading>
      <ErrorSummary errors={form.summary(fields)} attempt={form.attempt} />
      <TextField
        id={`${formId}email`}
        label={t('fields.email')}
        hint={t('members.add.emailHint')}
        error={form.fieldErrors['email']}
        value={email}
        onChange={(value) => {
          setEmail(value);
          form.clearField('email');
        }}
        inputProps={{ type: 'email', autoComplete: 'off', spellCheck: false }}
      />
      <SelectField
        id={`${formId}role`}
        label={t('members.add.role')}
        error={form.fieldErrors['role']}
        value={role}
        options={ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))}
        onChange={setRole}
      />
      <div className="kring-actions">
        <Button type="submit" purpose="primary" busy={form.busy}>
          {t('members.add.submit')}
        </Button>
      </div>
    </form>
  );
}
