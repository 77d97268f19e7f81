import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { addMemberRequestSchema, type AddMemberAnswer } from '@kring/shared';
import { api } from '../../api/api.js';
import { Alert } from '../../components/Alert.js';
import { CopyField } from '../../components/CopyField.js';
import { ErrorSummary } from '../../components/form/ErrorSummary.js';
import { SelectField } from '../../components/form/SelectField.js';
import { TextField } from '../../components/form/TextField.js';
import { useFormSubmission } from '../../hooks/useFormSubmission.js';

/** Roles to add with (owners are made by changing a member's role). */
const ADD_ROLES = ['reader', 'commenter', 'editor'] as const;

/** Props of {@link AddMemberForm}. */
export interface AddMemberFormProps {
  readonly slug: string;
  /** Called with a message to announce once the request was handled. */
  readonly onAdded: (message: string) => void;
}

/**
 * Adds or invites someone by email address. The server answers the same whether or not the
 * address has an account (no enumeration): always an invitation link bound to the address, and
 * only the members list shows whether the person was added at once.
 */
export function AddMemberForm({ slug, onAdded }: AddMemberFormProps) {
  const { t } = useTranslation();
  const formId = useId();
  const headingId = useId();
  const form = useFormSubmission();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState('editor');
  const [answer, setAnswer] = useState<AddMemberAnswer | null>(null);
  const fields = [
    { name: 'email', id: `${formId}email`, label: t('fields.email') },
    { name: 'role', id: `${formId}role`, label: t('members.add.role') },
  ];

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values = { email, role };
    form.submit(addMemberRequestSchema.safeParse(values), values, async (request) => {
      const added = await api.members.add(slug, request);
      setAnswer(added);
      setEmail('');
      onAdded(t('members.add.done', { email: request.email }));
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
        options={ADD_ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))}
        onChange={setRole}
      />
      <div className="kring-actions">
        <Button type="submit" purpose="primary" busy={form.busy}>
          {t('members.add.submit')}
        </Button>
      </div>
      {answer !== null && (
        <Alert type="ok" className="kring-created">
          <Paragraph>{t('members.add.result', { email: answer.invitation.email ?? '' })}</Paragraph>
          <CopyField
            label={t('members.add.link', { email: answer.invitation.email ?? '' })}
            hint={t('members.add.linkHint')}
            value={answer.invitation.url}
            copyLabel={t('members.add.copyLink')}
          />
        </Alert>
      )}
    </form>
  );
}
