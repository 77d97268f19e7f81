import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react/css';
import { MAX_DISPLAY_NAME_LENGTH } from '@kring/shared';
import { useIdentity } from '../../hooks/useIdentity.js';
import { setDisplayName } from '../../sync/identity.js';

/**
 * The name others see. Until one is saved, a "Guest N" name is used, so editing never waits for
 * this form. Saved with Enter or the button; remembered in this browser.
 */
export function NameForm() {
  const { t } = useTranslation();
  const identity = useIdentity();
  const inputId = useId();
  const hintId = useId();
  const [draft, setDraft] = useState(identity.name ?? '');

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDisplayName(draft);
  };

  return (
    <form className="kring-panel kring-form" onSubmit={onSubmit}>
      <label className="kring-form__label" htmlFor={inputId}>
        {t('identity.label')}
      </label>
      <p className="kring-form__hint" id={hintId}>
        {t('identity.hint')}
      </p>
      <div className="kring-form__row">
        <input
          id={inputId}
          className="kring-textbox"
          type="text"
          autoComplete="nickname"
          maxLength={MAX_DISPLAY_NAME_LENGTH}
          value={draft}
          aria-describedby={hintId}
          onChange={(event) => setDraft(event.currentTarget.value)}
        />
        <Button type="submit" purpose="secondary">
          {t('identity.save')}
        </Button>
      </div>
    </form>
  );
}
