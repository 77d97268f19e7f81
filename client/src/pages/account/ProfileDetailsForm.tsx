import { useCallback, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { organisationTypeLabel } from '../../i18n/organisationType.js';
import { Button } from '@nl-design-system-candidate/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import {
  PROFILE_FIELDS,
  PROFILE_LIMITS,
  updateMyProfileRequestSchema,
  type MyProfileView,
  type OrganisationView,
  type ProfileField,
} from '@kring/shared';
import { api } from '../../api/api.js';
import { ResourceView } from '../../components/ResourceView.js';
import { ErrorSummary } from '../../components/form/ErrorSummary.js';
import { SelectField } from '../../components/form/SelectField.js';
import { TextAreaField } from '../../components/form/TextAreaField.js';
import { TextField } from '../../components/form/TextField.js';
import { joinList, splitList } from '../../forms/listText.js';
import { useApiResource } from '../../hooks/useApiResource.js';
import { useFormSubmission } from '../../hooks/useFormSubmission.js';
import { AppLink } from '../../routing/AppLink.js';
import { personPath } from '../../routing/paths.js';

type TextFieldName = 'organisationId' | 'function' | 'expertise' | 'bio' | 'contact' | 'languages';

interface Loaded {
  readonly profile: MyProfileView;
  readonly organisations: readonly OrganisationView[];
}

/**
 * What people in the person's communities see on their person page and in "who knows what":
 * organisation (a record the admins keep), function, expertise, bio, how to reach them and
 * languages, each of which they may hide.
 */
export function ProfileDetailsForm() {
  const { t } = useTranslation();
  const headingId = useId();
  const load = useCallback(async (): Promise<Loaded> => {
    const [profile, list] = await Promise.all([api.profiles.mine(), api.organisations.list()]);
    return { profile, organisations: list.organisations };
  }, []);
  const { resource, reload } = useApiResource(load);
  return (
    <section className="kring-section" aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {t('profile.heading')}
      </Heading>
      <Paragraph>{t('profile.intro')}</Paragraph>
      <ResourceView resource={resource} reload={reload}>
        {(loaded) => <DetailsForm {...loaded} />}
      </ResourceView>
    </section>
  );
}

function DetailsForm({ profile, organisations }: Loaded) {
  const { t } = useTranslation();
  const formId = useId();
  const form = useFormSubmission();
  const [values, setValues] = useState<Record<TextFieldName, string>>({
    organisationId: profile.organisationId ?? '',
    function: profile.function,
    expertise: joinList(profile.expertise),
    bio: profile.bio,
    contact: profile.contact,
    languages: joinList(profile.languages),
  });
  const [hidden, setHidden] = useState<ReadonlySet<ProfileField>>(new Set(profile.hidden));
  const [saved, setSaved] = useState(false);
  const id = (field: string) => `${formId}${field}`;
  const label = (field: ProfileField) => t(`profile.fields.${field}`);
  const fields = PROFILE_FIELDS.map((field) =>
    field === 'organisation'
      ? { name: 'organisationId', id: id('organisationId'), label: t('profile.organisationRecord') }
      : { name: field, id: id(field), label: label(field) },
  );
  const change = (field: TextFieldName) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setSaved(false);
    form.clearField(field);
  };
  const toggleShown = (field: ProfileField, shown: boolean) => {
    setHidden((current) => {
      const next = new Set(current);
      if (shown) next.delete(field);
      else next.add(field);
      return next;
    });
    setSaved(false);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const request = {
      organisationId: values.organisationId === '' ? null : values.organisationId,
      function: values.function,
      expertise: splitList(values.expertise),
      bio: values.bio,
      contact: values.contact,
      languages: splitList(values.languages),
      hidden: [...hidden],
    };
    form.submit(updateMyProfileRequestSchema.safeParse(request), request, async (valid) => {
      const next = await api.profiles.updateMine(valid);
      setValues((current) => ({
        ...current,
        expertise: joinList(next.expertise),
        languages: joinList(next.languages),
      }));
      setSaved(true);
    });
  };

  const organisationOptions = [
    { value: '', label: t('profile.noOrganisation') },
    ...[...organisations]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((organisation) => ({
        value: organisation.id,
        label: `${organisation.name} (${organisationTypeLabel(t, organisation.type)})`,
      })),
  ];

  return (
    <form className="kring-form" onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={form.summary(fields)} attempt={form.attempt} />
      <SelectField
        id={id('organisationId')}
        label={t('profile.organisationRecord')}
        hint={t('profile.organisationHint')}
        error={form.fieldErrors['organisationId']}
        value={values.organisationId}
        options={organisationOptions}
        onChange={change('organisationId')}
      />
      <TextField
        id={id('function')}
        label={label('function')}
        hint={t('profile.functionHint')}
        error={form.fieldErrors['function']}
        value={values.function}
        onChange={change('function')}
        inputProps={{ maxLength: PROFILE_LIMITS.function, autoComplete: 'organization-title' }}
      />
      <TextField
        id={id('expertise')}
        label={label('expertise')}
        hint={t('profile.expertiseHint', { max: PROFILE_LIMITS.expertiseTopics })}
        error={form.fieldErrors['expertise']}
        value={values.expertise}
        onChange={change('expertise')}
      />
      <TextAreaField
        id={id('bio')}
        label={label('bio')}
        hint={t('profile.bioHint')}
        error={form.fieldErrors['bio']}
        value={values.bio}
        maxLength={PROFILE_LIMITS.bio}
        rows={4}
        onChange={change('bio')}
      />
      <TextField
        id={id('contact')}
        label={label('contact')}
        hint={t('profile.contactHint')}
        error={form.fieldErrors['contact']}
        value={values.contact}
        onChange={change('contact')}
        inputProps={{ maxLength: PROFILE_LIMITS.contact }}
      />
      <TextField
        id={id('languages')}
        label={label('languages')}
        hint={t('profile.languagesHint')}
        error={form.fieldErrors['languages']}
        value={values.languages}
        onChange={change('languages')}
      />
      <fieldset className="kring-fieldset">
        <legend className="kring-form__label">{t('profile.shownLegend')}</legend>
        <p className="kring-form__hint">{t('profile.shownHint')}</p>
        {PROFILE_FIELDS.map((field) => (
          <label key={field} className="kring-choice">
            <input
              type="checkbox"
              checked={!hidden.has(field)}
              onChange={(event) => toggleShown(field, event.currentTarget.checked)}
            />
            {label(field)}
          </label>
        ))}
      </fieldset>
      <div className="kring-actions">
        <Button type="submit" purpose="primary" busy={form.busy}>
          {t('profile.submit')}
        </Button>
        <AppLink to={personPath(profile.userId)}>{t('profile.viewAsOthers')}</AppLink>
      </div>
      <p className="kring-announcement" aria-live="polite">
        {saved && t('profile.saved')}
      </p>
    </form>
  );
}
