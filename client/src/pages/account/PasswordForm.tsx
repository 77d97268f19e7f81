import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { changePasswordRequestSchema, PASSWORD_MIN_LENGTH } from '@kring/shared';
import { api } from '../../api/api.js';
import { ApiError } from '../../api/ApiError.js';
import { ErrorSummary } from '../../components/form/ErrorSummary.js';
import { TextField } from '../../components/form/TextField.js';
import { useFormSubmission } from '../../hooks/useFormSubmission.js';

type Field = 'currentPassword' | 'newPassword';

/** Changes the password; the server signs the person out in their other browsers. */
export function PasswordForm() {
  const { t } = useTranslation();
  const formId = useId();
  const headingId = useId();
  const form = useFormSubmission();
  const [values, setValues] = useState<Record<Field, string>>({
    currentPassword: '',
    newPassword: '',
  });
  const [saved, setSaved] = useState(false);
  const id = (field: Field) => `${formId}${field}`;
  const labels: Record<Field, string> = {
    currentPassword: t('account.password.current'),
    newPassword: t('account.password.new'),
  };
  const fields = (Object.keys(labels) as Field[]).map((name) => ({
    name,
    id: id(name),
    label: labels[name],
  }));
  const change = (field: Field) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setSaved(false);
    form.clearField(field);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    form.submit(
      changePasswordRequestSchema.safeParse(values),
      values,
      async (request) => {
        await api.me.changePassword(request);
        setValues({ currentPassword: '', newPassword: '' });
        setSaved(true);
      },
      (error) =>
        error instanceof ApiError &&
        (error.code === 'invalid_credentials' || error.code === 'forbidden')
          ? { field: 'currentPassword', message: t('account.password.wrong') }
          : null,
    );
  };

  return (
    <section className="kring-section" aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {t('account.password.heading')}
      </Heading>
      <form className="kring-form" onSubmit={onSubmit} noValidate>
        <ErrorSummary errors={form.summary(fields)} attempt={form.attempt} />
        <TextField
          id={id('currentPassword')}
          label={labels.currentPassword}
          error={form.fieldErrors['currentPassword']}
          value={values.currentPassword}
          onChange={change('currentPassword')}
          inputProps={{ type: 'password', autoComplete: 'current-password' }}
        />
        <TextField
          id={id('newPassword')}
          label={labels.newPassword}
          hint={t('signup.passwordHint', { min: PASSWORD_MIN_LENGTH })}
          error={form.fieldErrors['newPassword']}
          value={values.newPassword}
          onChange={change('newPassword')}
          inputProps={{ type: 'password', autoComplete: 'new-password' }}
        />
        <div className="kring-actions">
          <Button type="submit" purpose="primary" busy={form.busy}>
            {t('account.password.submit')}
          </Button>
        </div>
        <p className="kring-announcement" aria-live="polite">
          {saved && t('account.password.saved')}
        </p>
      </form>
    </section>
  );
}
