import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_DISPLAY_NAME_LENGTH } from '@kring/shared';
import { TextFieldForm } from '../../components/TextFieldForm.js';
import { useIdentity } from '../../hooks/useIdentity.js';
import { setDisplayName } from '../../sync/identity.js';

/**
 * The name others see. Until one is saved, a "Guest N" name is used, so editing never waits for
 * this form. Saved with Enter or the button; remembered in this browser.
 */
export function NameForm() {
  const { t } = useTranslation();
  const identity = useIdentity();
  const [draft, setDraft] = useState(identity.name ?? '');

  return (
    <TextFieldForm
      className="kring-panel"
      label={t('identity.label')}
      hint={t('identity.hint')}
      submitLabel={t('identity.save')}
      value={draft}
      onChange={setDraft}
      onSubmit={() => setDisplayName(draft)}
      inputProps={{ autoComplete: 'nickname', maxLength: MAX_DISPLAY_NAME_LENGTH }}
    />
  );
}
