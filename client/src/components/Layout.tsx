import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { SkipLink } from '@nl-design-system-candidate/skip-link-react';
import { useSession } from '../hooks/useSession.js';
import { knownUser } from '../session/sessionStore.js';
import { AppLink } from '../routing/AppLink.js';
import { SearchBox } from '../search/SearchBox.js';
import { LanguageSwitcher } from './LanguageSwitcher.js';
import { LogoutButton } from './LogoutButton.js';

/** Id of the `<main>` element, the skip link's target. */
export const MAIN_ID = 'main';

/**
 * Page frame: skip link, header with navigation (Communities, Account), the search box, who is
 * signed in, Log out and language, main content, footer.
 */
export function Layout({ children }: { readonly children: ReactNode }) {
  const { t } = useTranslation();
  const session = useSession();
  // Offline, the user cached in this browser: the header does not look signed out.
  const user = knownUser(session);
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
              {user !== null && (
                <li>
                  <AppLink to="/account" className="kring-nav__link">
                    {t('nav.account')}
                  </AppLink>
                </li>
              )}
            </ul>
          </nav>
          {user !== null && <SearchBox />}
          {user !== null && (
            <div className="kring-header__user">
              <span className="kring-header__name">
                <span className="kring-visually-hidden">{t('nav.signedInAs')} </span>
                {user.name}
              </span>
              <LogoutButton />
            </div>
          )}
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
