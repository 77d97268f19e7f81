import { useId, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../i18n/index.js';

/** A labelled select that switches the interface language (remembered by the detector). */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const current = i18n.resolvedLanguage === 'nl' ? 'nl' : 'en';
  const onChange = (event: ChangeEvent<HTMLSelectElement>) => {
    void i18n.changeLanguage(event.currentTarget.value);
  };
  return (
    <div className="kring-language">
      <label className="kring-language__label" htmlFor={id}>
        {t('language.label')}
      </label>
      <select id={id} className="kring-select" value={current} onChange={onChange}>
        {LANGUAGES.map(({ code, name }) => (
          <option key={code} value={code} lang={code}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}
