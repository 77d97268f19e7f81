import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import { TextField } from '../../components/form/TextField.js';
import { MAX_QUERY_LENGTH } from '../../search/searchParams.js';

/** Props of {@link PeopleSearchForm}. */
export interface PeopleSearchFormProps {
  readonly query: string;
  readonly onSearch: (query: string) => void;
}

/** "Who can I ask about …?": one field that takes a topic or a whole question. */
export function PeopleSearchForm({ query, onSearch }: PeopleSearchFormProps) {
  const { t } = useTranslation();
  const fieldId = useId();
  const [value, setValue] = useState(query);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSearch(value.trim());
  };
  return (
    <form
      className="kring-form kring-search-form"
      role="search"
      aria-label={t('people.formLabel')}
      onSubmit={onSubmit}
      noValidate
    >
      <TextField
        id={fieldId}
        label={t('people.question')}
        hint={t('people.questionHint')}
        value={value}
        onChange={setValue}
        inputProps={{ type: 'search', maxLength: MAX_QUERY_LENGTH, autoComplete: 'off' }}
      />
      <div className="kring-actions">
        <Button type="submit" purpose="primary">
          {t('people.submit')}
        </Button>
      </div>
    </form>
  );
}
