import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { SkipLink } from '@nl-design-system-candidate/skip-link-react';
import { useSession } from '../hooks/useSession.js';
import { useRoute } from '../routing/useRoute.js';
import type { Route } from '../routing/routes.js';
import { knownUser } from '../session/sessionStore.js';
import { ShellChrome } from '../shell/ShellChrome.js';
import { SyncNoticeList } from '../shell/SyncNoticeList.js';
import { SignedOutHeader } from '../shell/SignedOutHeader.js';
import { appUpdater } from '../shell/registerAppUpdates.js';
import { UpdateNotice } from '../shell/UpdateNotice.js';

/** Id of the `<main>` element, the skip link's target. */
export const MAIN_ID = 'main';

/** Screens people use before they are signed in: a simple centred frame. */
function isSignedOutScreen(route: Route): boolean {
  switch (route.name) {
    case 'login':
    case 'signup':
    case 'invite':
    case 'reset-password':
      return true;
    default:
      return false;
  }
}

/**
 * Page frame: skip link, then for signed-in screens the sidebar (a drawer on phones) beside the
 * main content; for signed-out screens a simple centred frame with the brand, the language and a
 * footer. `<main>` stays at the same place in both, so a screen is not rebuilt when the session
 * becomes known.
 */
export function Layout({ children }: { readonly children: ReactNode }) {
  const { t } = useTranslation();
  const session = useSession();
  const route = useRoute();
  // Offline, the user cached in this browser: the screen does not look signed out.
  const user = knownUser(session);
  const shell = user !== null && !isSignedOutScreen(route);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const onDrawerChange = useCallback((open: boolean) => setDrawerOpen(open), []);
  return (
    <div className={shell ? 'kring-app kring-app--shell' : 'kring-app kring-app--plain'}>
      <SkipLink href={`#${MAIN_ID}`}>{t('skipLink')}</SkipLink>
      {shell ? (
        <ShellChrome user={user} route={route} onDrawerChange={onDrawerChange} />
      ) : (
        <SignedOutHeader />
      )}
      <main id={MAIN_ID} className="kring-main" tabIndex={-1} inert={shell && drawerOpen}>
        {shell && <SyncNoticeList />}
        {children}
      </main>
      {!shell && (
        <footer className="kring-footer">
          <Paragraph>{t('footer.text')}</Paragraph>
        </footer>
      )}
      <UpdateNotice updater={appUpdater} />
    </div>
  );
}
