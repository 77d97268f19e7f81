import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { updateProfileRequestSchema, type CurrentUser } from '@kring/shared';
import { api } from '../../api/api.js';
import { ErrorSummary } from '../../components/form/ErrorSummary.js';
import { TextField } from '../../components/form/TextField.js';
import { useFormSubmission } from '../../hooks/useFormSubmission.js';
import { setSignedIn } from '../../session/sessionStore.js';

/** Props of {@link ProfileForm}. */
export interface ProfileFormProps {
  readonly user: CurrentUser;
}

type Field = 'name' | 'organisation';

/** Name and organisation, as others see them (also next to the caret in documents). */
export function ProfileForm({ user }: ProfileFormProps) {
  const { t } = useTranslation();
  const formId = useId();
  const headingId = useId();
  const form = useFormSubmission();
  const [values, setValues] = useState<Record<Field, string>>({
    name: user.name,
    organisation: user.organisation,
  });
  const [saved, setSaved] = useState(false);
  const id = (field: Field) => `${formId}${field}`;
  const labels: Record<Field, string> = {
    name: t('fields.name'),
    organisation: t('fields.organisation'),
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
    form.submit(updateProfileRequestSchema.safeParse(values), values, async (request) => {
      setSignedIn(await api.me.updateProfile(request));
      setSaved(true);
    });
  };

  return (
    <section className="kring-section" aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {t('account.profile.heading')}
      </Heading>
      <Paragraph>{t('account.profile.email', { email: user.email })}</Paragraph>
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
          id={id('organisation')}
          label={labels.organisation}
          hint={t('signup.organisationHint')}
          error={form.fieldErrors['organisation']}
          value={values.organisation}
          onChange={change('organisation')}
          inputProps={{ autoComplete: 'organization' }}
        />
        <div className="kring-actions">
          <Button type="submit" purpose="primary" busy={form.busy}>
            {t('account.profile.submit')}
          </Button>
        </div>
        <p className="kring-announcement" aria-live="polite">
          {saved && t('account.profile.saved')}
        </p>
      </form>
    </section>
  );
}
