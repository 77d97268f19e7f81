import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import { loginRequestSchema } from '@kring/shared';
import { ErrorSummary } from '../../components/form/ErrorSummary.js';
import { TextField } from '../../components/form/TextField.js';
import { useFormSubmission } from '../../hooks/useFormSubmission.js';
import { login } from '../../session/sessionActions.js';

/** Props of {@link LoginForm}. */
export interface LoginFormProps {
  /** Called once signed in. */
  readonly onSignedIn: () => void;
}

/** Email and password login. A wrong combination is reported without saying which part. */
export function LoginForm({ onSignedIn }: LoginFormProps) {
  const { t } = useTranslation();
  const formId = useId();
  const form = useFormSubmission();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const fields = [
    { name: 'email', id: `${formId}email`, label: t('fields.email') },
    { name: 'password', id: `${formId}password`, label: t('fields.password') },
  ];

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values = { email, password };
    form.submit(loginRequestSchema.safeParse(values), values, async (request) => {
      await login(request);
      onSignedIn();
    });
  };

  return (
    <form className="kring-form" onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={form.summary(fields)} attempt={form.attempt} />
      <TextField
        id={`${formId}email`}
        label={t('fields.email')}
        error={form.fieldErrors['email']}
        value={email}
        onChange={(value) => {
          setEmail(value);
          form.clearField('email');
        }}
        inputProps={{ type: 'email', autoComplete: 'username', spellCheck: false }}
      />
      <TextField
        id={`${formId}password`}
        label={t('fields.password')}
        error={form.fieldErrors['password']}
        value={password}
        onChange={(value) => {
          setPassword(value);
          form.clearField('password');
        }}
        inputProps={{ type: 'password', autoComplete: 'current-password' }}
      />
      <div className="kring-actions">
        <Button type="submit" purpose="primary" busy={form.busy}>
          {t('login.submit')}
        </Button>
      </div>
    </form>
  );
}
