import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { TextFieldForm } from '../../components/TextFieldForm.js';
import { navigate } from '../../routing/history.js';
import { documentPath } from '@kring/shared';
import { documentIdFromInput } from '../../sync/documentId.js';

/** Opens a document from a pasted link or id; explains inline what is wrong with bad input. */
export function OpenByLinkForm() {
  const { t } = useTranslation();
  const headingId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState('');
  const [invalid, setInvalid] = useState(false);

  const onSubmit = () => {
    const id = documentIdFromInput(value);
    if (id === null) {
      setInvalid(true);
      input.current?.focus();
      return;
    }
    navigate(documentPath(id));
  };

  return (
    <section className="kring-section" aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {t('home.open.heading')}
      </Heading>
      <TextFieldForm
        label={t('home.open.label')}
        hint={t('home.open.hint')}
        error={invalid ? t('home.open.error') : null}
        submitLabel={t('home.open.submit')}
        value={value}
        onChange={(next) => {
          setValue(next);
          setInvalid(false);
        }}
        onSubmit={onSubmit}
        inputRef={input}
        inputProps={{ inputMode: 'url', autoComplete: 'off', spellCheck: false }}
      />
    </section>
  );
}
