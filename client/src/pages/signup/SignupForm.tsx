import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import { PASSWORD_MIN_LENGTH, signupRequestSchema } from '@kring/shared';
import { ApiError } from '../../api/ApiError.js';
import { ErrorSummary } from '../../components/form/ErrorSummary.js';
import { TextField } from '../../components/form/TextField.js';
import { useFormSubmission } from '../../hooks/useFormSubmission.js';
import { signup } from '../../session/sessionActions.js';

/** Props of {@link SignupForm}. */
export interface SignupFormProps {
  /** Invitation token, when signing up through an invitation. */
  readonly invitation?: string;
  /** The address an invitation is bound to: prefilled and read-only. */
  readonly fixedEmail?: string | null;
  readonly submitLabel: string;
  /** Called once the account exists and the person is signed in. */
  readonly onSignedUp: () => void;
}

type Field = 'name' | 'email' | 'organisation' | 'password';

/** Creates an account: name, email, organisation and password, then signs in. */
export function SignupForm({ invitation, fixedEmail, submitLabel, onSignedUp }: SignupFormProps) {
  const { t } = useTranslation();
  const formId = useId();
  const form = useFormSubmission();
  const [values, setValues] = useState<Record<Field, string>>({
    name: '',
    email: fixedEmail ?? '',
    organisation: '',
    password: '',
  });
  const id = (field: Field) => `${formId}${field}`;
  const labels: Record<Field, string> = {
    name: t('fields.name'),
    email: t('fields.email'),
    organisation: t('fields.organisation'),
    password: t('fields.password'),
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
    const request = invitation === undefined ? values : { ...values, invitation };
    form.submit(
      signupRequestSchema.safeParse(request),
      values,
      async (data) => {
        await signup(data);
        onSignedUp();
      },
      (error) =>
        error instanceof ApiError && error.code === 'conflict'
          ? { field: 'email', message: t('signup.emailTaken') }
          : null,
    );
  };

  const emailFixed = fixedEmail !== undefined && fixedEmail !== null;
  return (
    <form className="kring-form" onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={form.summary(fields)} attempt={form.attempt} />
      <TextField
        id={id('name')}
        label={labels.name}
        hint={t('signup.nameHint')}
        error={form.fieldErrors['name']}
        value={values.name}
        onChange={change('name')}
        inputProps={{ autoComplete: 'name' }}
      />
      <TextField
        id={id('email')}
        label={labels.email}
        hint={emailFixed ? t('signup.emailFixedHint') : undefined}
        error={form.fieldErrors['email']}
        value={values.email}
        onChange={change('email')}
        inputProps={{
          type: 'email',
          autoComplete: 'email',
          spellCheck: false,
          readOnly: emailFixed,
        }}
      />
      <TextField
        id={id('organisation')}
        label={labels.organisation}
        hint={t('signup.organisationHint')}
        error={form.fieldErrors['organisation']}
        value={values.organisation}
        onChange={change('organisation')}
        inputProps={{ autoComplete: 'organization' }}
      />
      <TextField
        id={id('password')}
        label={labels.password}
        hint={t('signup.passwordHint', { min: PASSWORD_MIN_LENGTH })}
        error={form.fieldErrors['password']}
        value={values.password}
        onChange={change('password')}
        inputProps={{
          type: 'password',
          autoComplete: 'new-password',
          minLength: PASSWORD_MIN_LENGTH,
        }}
      />
      <div className="kring-actions">
        <Button type="submit" purpose="primary" busy={form.busy}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
