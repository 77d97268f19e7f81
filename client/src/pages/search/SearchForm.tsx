import { formatDateText, parseDateText } from '../../search/dateText.js';
import { useCallback, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import type { CommunityView } from '@kring/shared';
import { api } from '../../api/api.js';
import { SelectField } from '../../components/form/SelectField.js';
import { TextField } from '../../components/form/TextField.js';
import { useApiResource } from '../../hooks/useApiResource.js';
import { EMPTY_SEARCH, MAX_QUERY_LENGTH, type SearchParams } from '../../search/searchParams.js';

/** Props of {@link SearchForm}. */
export interface SearchFormProps {
  readonly params: SearchParams;
  /** The user's communities, for the community filter. */
  readonly communities: readonly CommunityView[];
  readonly onSearch: (params: SearchParams) => void;
}

type Field = 'q' | 'community' | 'tag' | 'author' | 'from' | 'to';

const FILTERS = ['community', 'tag', 'author', 'from', 'to'] as const;

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/**
 * The search terms and filters: community, tag, author (members of the chosen community) and the
 * period in which the page was last changed. A search landmark; submitting updates the address.
 */
export function SearchForm({ params, communities, onSearch }: SearchFormProps) {
  const { t } = useTranslation();
  const formId = useId();
  const id = (field: Field) => `${formId}${field}`;
  const [values, setValues] = useState<Record<Field, string>>({
    q: params.q,
    community: params.community ?? '',
    tag: params.tag ?? '',
    author: params.author ?? '',
    from: formatDateText(params.from ?? ''),
    to: formatDateText(params.to ?? ''),
  });
  const activeFilters = FILTERS.filter((field) => values[field].trim() !== '').length;
  // Folded away until someone uses a filter, so on a phone the results show under the search box.
  const [filtersOpen, setFiltersOpen] = useState(activeFilters > 0);
  const change = (field: Field) => (value: string) =>
    setValues((current) => ({
      ...current,
      [field]: value,
      // Authors are members of the chosen community.
      ...(field === 'community' ? { author: '' } : {}),
    }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSearch({
      ...EMPTY_SEARCH,
      q: values.q.trim(),
      community: orNull(values.community),
      tag: orNull(values.tag)?.toLowerCase() ?? null,
      author: orNull(values.author),
      from: parseDateText(values.from),
      to: parseDateText(values.to),
    });
  };

  return (
    <form
      className="kring-form kring-search-form"
      role="search"
      aria-label={t('search.formLabel')}
      onSubmit={onSubmit}
      noValidate
    >
      <TextField
        id={id('q')}
        label={t('search.terms')}
        value={values.q}
        onChange={change('q')}
        inputProps={{ type: 'search', maxLength: MAX_QUERY_LENGTH, autoComplete: 'off' }}
      />
      <details className="kring-disclosure kring-search-form__more" open={filtersOpen}>
        <summary
          className="kring-disclosure__summary"
          onClick={(event) => {
            event.preventDefault();
            setFiltersOpen((open) => !open);
          }}
        >
          {activeFilters === 0
            ? t('search.filters')
            : t('search.filtersActive', { count: activeFilters })}
        </summary>
        <fieldset className="kring-fieldset kring-search-form__filters">
          <legend className="kring-visually-hidden">{t('search.filters')}</legend>
          <SelectField
            id={id('community')}
            label={t('search.community')}
            value={values.community}
            options={[
              { value: '', label: t('search.allCommunities') },
              ...communities.map((community) => ({ value: community.slug, label: community.name })),
            ]}
            onChange={change('community')}
          />
          {values.community !== '' && (
            <AuthorField
              id={id('author')}
              slug={values.community}
              value={values.author}
              onChange={change('author')}
            />
          )}
          <TextField
            id={id('tag')}
            label={t('search.tag')}
            value={values.tag}
            onChange={change('tag')}
            inputProps={{ maxLength: 40, autoComplete: 'off' }}
          />
          <div className="kring-form__row">
            <TextField
              id={id('from')}
              label={t('search.from')}
              value={values.from}
              onChange={change('from')}
              hint={t('search.dateHint')}
              inputProps={{ inputMode: 'numeric', autoComplete: 'off', maxLength: 10 }}
            />
            <TextField
              id={id('to')}
              label={t('search.to')}
              value={values.to}
              onChange={change('to')}
              hint={t('search.dateHint')}
              inputProps={{ inputMode: 'numeric', autoComplete: 'off', maxLength: 10 }}
            />
          </div>
        </fieldset>
      </details>
      <div className="kring-actions">
        <Button type="submit" purpose="primary">
          {t('search.submit')}
        </Button>
      </div>
    </form>
  );
}

interface AuthorFieldProps {
  readonly id: string;
  readonly slug: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
}

function AuthorField({ id, slug, value, onChange }: AuthorFieldProps) {
  const { t } = useTranslation();
  const load = useCallback(() => api.members.list(slug), [slug]);
  const { resource } = useApiResource(load);
  const members = resource.status === 'ready' ? resource.data : [];
  return (
    <SelectField
      id={id}
      label={t('search.author')}
      value={value}
      options={[
        { value: '', label: t('search.anyAuthor') },
        ...members.map(({ user }) => ({
          value: user.id,
          label: user.organisation === '' ? user.name : `${user.name} (${user.organisation})`,
        })),
      ]}
      onChange={onChange}
    />
  );
}
