import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '../components/LanguageSwitcher.js';

/** The header of signed-out screens (login, sign-up, invitation, password reset): brand, language. */
export function SignedOutHeader() {
  const { t } = useTranslation();
  return (
    <header className="kring-plain-header">
      <span className="kring-plain-header__brand">{t('app.name')}</span>
      <LanguageSwitcher />
    </header>
  );
}
