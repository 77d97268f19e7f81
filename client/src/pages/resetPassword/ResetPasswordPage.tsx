import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { PASSWORD_MIN_LENGTH, passwordResetCompleteSchema } from '@kring/shared';
import { api } from '../../api/api.js';
import { Alert } from '../../components/Alert.js';
import { ErrorSummary } from '../../components/form/ErrorSummary.js';
import { TextField } from '../../components/form/TextField.js';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';
import { useFormSubmission } from '../../hooks/useFormSubmission.js';
import { AppLink } from '../../routing/AppLink.js';

/** Props of {@link ResetPasswordPage}. */
export interface ResetPasswordPageProps {
  /** Token from the reset link (`/reset-password/<token>`, issued by `npm run admin -- reset-password`). */
  readonly token: string;
}

/** Sets a new password with a single-use reset link. */
export function ResetPasswordPage({ token }: ResetPasswordPageProps) {
  const { t } = useTranslation();
  useDocumentTitle(t('resetPassword.pageTitle'));
  const formId = useId();
  const form = useFormSubmission();
  const [password, setPassword] = useState('');
  const [done, setDone] = useState(false);
  const fields = [{ name: 'password', id: `${formId}password`, label: t('fields.password') }];

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values = { token, password };
    form.submit(passwordResetCompleteSchema.safeParse(values), values, async (request) => {
      await api.auth.completePasswordReset(request);
      setDone(true);
    });
  };

  return (
    <div className="kring-page kring-page--narrow">
      <Heading level={1}>{t('resetPassword.heading')}</Heading>
      {done ? (
        <Alert type="ok">
          <Paragraph>
            {t('resetPassword.done')} <AppLink to="/login">{t('login.submit')}</AppLink>
          </Paragraph>
        </Alert>
      ) : (
        <>
          <Paragraph>{t('resetPassword.intro')}</Paragraph>
          <form className="kring-form" onSubmit={onSubmit} noValidate>
            <ErrorSummary errors={form.summary(fields)} attempt={form.attempt} />
            <TextField
              id={`${formId}password`}
              label={t('fields.password')}
              hint={t('signup.passwordHint', { min: PASSWORD_MIN_LENGTH })}
              error={form.fieldErrors['password']}
              value={password}
              onChange={(value) => {
                setPassword(value);
                form.clearField('password');
              }}
              inputProps={{ type: 'password', autoComplete: 'new-password' }}
            />
            <div className="kring-actions">
              <Button type="submit" purpose="primary" busy={form.busy}>
                {t('resetPassword.submit')}
              </Button>
            </div>
          </form>
        </>
      )}
    </div>
  );
}
