import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { createCommunityRequestSchema } from '@kring/shared';
import { api } from '../../api/api.js';
import { ApiError } from '../../api/ApiError.js';
import { ErrorSummary } from '../../components/form/ErrorSummary.js';
import { TextAreaField } from '../../components/form/TextAreaField.js';
import { TextField } from '../../components/form/TextField.js';
import { MAX_SLUG_LENGTH, slugFromName } from '../../forms/slugFromName.js';
import { useFormSubmission } from '../../hooks/useFormSubmission.js';
import { navigate } from '../../routing/history.js';
import { communityPath } from '../../routing/paths.js';

type Field = 'name' | 'slug' | 'description';

/**
 * Creates a community (the creator becomes its owner). The web address follows the name until the
 * person edits it.
 */
export function NewCommunityForm() {
  const { t } = useTranslation();
  const formId = useId();
  const headingId = useId();
  const form = useFormSubmission({
    messageFor: (field, problem) =>
      field === 'slug' && problem.kind === 'format' ? t('community.new.slugFormat') : undefined,
  });
  const [values, setValues] = useState<Record<Field, string>>({
    name: '',
    slug: '',
    description: '',
  });
  const [slugEdited, setSlugEdited] = useState(false);
  const id = (field: Field) => `${formId}${field}`;
  const labels: Record<Field, string> = {
    name: t('community.new.name'),
    slug: t('community.new.slug'),
    description: t('community.new.description'),
  };
  const fields = (Object.keys(labels) as Field[]).map((name) => ({
    name,
    id: id(name),
    label: labels[name],
  }));

  const change = (field: Field) => (value: string) => {
    setValues((current) => {
      const next = { ...current, [field]: value };
      if (field === 'name' && !slugEdited) next.slug = slugFromName(value);
      return next;
    });
    if (field === 'slug') setSlugEdited(true);
    form.clearField(field);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    form.submit(
      createCommunityRequestSchema.safeParse(values),
      values,
      async (request) => {
        const community = await api.communities.create(request);
        navigate(communityPath(community.slug));
      },
      (error) =>
        error instanceof ApiError && error.code === 'conflict'
          ? { field: 'slug', message: t('community.new.slugTaken') }
          : null,
    );
  };

  return (
    <section className="kring-section" aria-labelledby={headingId}>
      <Heading level={2} id={headingId} className="kring-visually-hidden">
        {t('community.new.heading')}
      </Heading>
      <form className="kring-form" onSubmit={onSubmit} noValidate>
        <ErrorSummary errors={form.summary(fields)} attempt={form.attempt} />
        <TextField
          id={id('name')}
          label={labels.name}
          error={form.fieldErrors['name']}
          value={values.name}
          onChange={change('name')}
          inputProps={{ autoComplete: 'off', maxLength: 120 }}
        />
        <TextField
          id={id('slug')}
          label={labels.slug}
          hint={t('community.new.slugHint', { example: values.slug || 'pet-community' })}
          error={form.fieldErrors['slug']}
          value={values.slug}
          onChange={change('slug')}
          inputProps={{ autoComplete: 'off', spellCheck: false, maxLength: MAX_SLUG_LENGTH }}
        />
        <TextAreaField
          id={id('description')}
          label={labels.description}
          hint={t('community.new.descriptionHint')}
          error={form.fieldErrors['description']}
          value={values.description}
          onChange={change('description')}
          maxLength={2000}
        />
        <div className="kring-actions">
          <Button type="submit" purpose="primary" busy={form.busy}>
            {t('community.new.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
