import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { SkipLink } from '@nl-design-system-candidate/skip-link-react/css';
import { AppLink } from '../routing/AppLink.js';
import { LanguageSwitcher } from './LanguageSwitcher.js';

/** Id of the `<main>` element, the skip link's target. */
export const MAIN_ID = 'main';

/** Page frame: skip link, header with navigation and language, main content, footer. */
export function Layout({ children }: { readonly children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="kring-app">
      <SkipLink href={`#${MAIN_ID}`}>{t('skipLink')}</SkipLink>
      <header className="kring-header">
        <div className="kring-header__inner">
          <span className="kring-header__brand">{t('app.name')}</span>
          <nav className="kring-nav" aria-label={t('nav.label')}>
            <ul className="kring-nav__list">
              <li>
                <AppLink to="/" className="kring-nav__link">
                  {t('nav.home')}
                </AppLink>
              </li>
            </ul>
          </nav>
          <LanguageSwitcher />
        </div>
      </header>
      <main id={MAIN_ID} className="kring-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="kring-footer">
        <Paragraph>{t('footer.text')}</Paragraph>
      </footer>
    </div>
  );
}
