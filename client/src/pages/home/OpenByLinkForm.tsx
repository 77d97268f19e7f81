import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { navigate } from '../../routing/history.js';
import { documentIdFromInput, documentPath } from '../../sync/documentId.js';

/** Opens a document from a pasted link or id; explains inline what is wrong with bad input. */
export function OpenByLinkForm() {
  const { t } = useTranslation();
  const headingId = useId();
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const [value, setValue] = useState('');
  const [invalid, setInvalid] = useState(false);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const id = documentIdFromInput(value);
    if (id === null) {
      setInvalid(true);
      document.getElementById(inputId)?.focus();
      return;
    }
    navigate(documentPath(id));
  };

  return (
    <section className="kring-section" aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {t('home.open.heading')}
      </Heading>
      <form className="kring-form" onSubmit={onSubmit} noValidate>
        <label className="kring-form__label" htmlFor={inputId}>
          {t('home.open.label')}
        </label>
        <p className="kring-form__hint" id={hintId}>
          {t('home.open.hint')}
        </p>
        {invalid && (
          <p className="kring-form__error" id={errorId}>
            {t('home.open.error')}
          </p>
        )}
        <div className="kring-form__row">
          <input
            id={inputId}
            className="kring-textbox"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            value={value}
            aria-invalid={invalid}
            aria-describedby={invalid ? `${errorId} ${hintId}` : hintId}
            onChange={(event) => {
              setValue(event.currentTarget.value);
              setInvalid(false);
            }}
          />
          <Button type="submit" purpose="secondary">
            {t('home.open.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
