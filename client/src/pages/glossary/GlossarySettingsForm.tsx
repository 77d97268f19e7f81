import { useTranslation } from 'react-i18next';
import { setGlossarySettings, useGlossarySettings } from '../../glossary/glossarySettings.js';

/** This person's choice of how pages mark glossary terms (kept in this browser). */
export function GlossarySettingsForm() {
  const { t } = useTranslation();
  const settings = useGlossarySettings();
  return (
    <fieldset className="kring-fieldset">
      <legend className="kring-form__label">{t('glossary.settings.legend')}</legend>
      <label className="kring-choice">
        <input
          type="checkbox"
          checked={settings.marks}
          onChange={(event) => setGlossarySettings({ marks: event.currentTarget.checked })}
        />
        {t('glossary.settings.marks')}
      </label>
      <label className="kring-choice">
        <input
          type="checkbox"
          checked={settings.firstOnly}
          disabled={!settings.marks}
          onChange={(event) => setGlossarySettings({ firstOnly: event.currentTarget.checked })}
        />
        {t('glossary.settings.firstOnly')}
      </label>
    </fieldset>
  );
}
