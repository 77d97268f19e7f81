import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import type { CurrentUser } from '@kring/shared';
import { useSession } from '../hooks/useSession.js';
import { currentAppPath, navigate } from '../routing/history.js';
import { loginPath } from '../routing/paths.js';
import { loadSession } from '../session/sessionActions.js';
import { readCachedUser } from '../session/userCache.js';
import { Alert } from './Alert.js';

/** Props of {@link RequireSession}. */
export interface RequireSessionProps {
  /** The page, for the signed-in user. */
  readonly children: (user: CurrentUser) => ReactNode;
  /** Shown below the explanation when the server cannot be reached (e.g. offline documents). */
  readonly offline?: ReactNode;
}

/**
 * Shows a page only to a signed-in person: sends everyone else to the login page (coming back
 * here afterwards). When the server cannot be reached, the person last signed in here keeps
 * working on the offline copies (the API answers from them); with nobody known, it explains.
 */
export function RequireSession({ children, offline }: RequireSessionProps) {
  const { t } = useTranslation();
  const session = useSession();

  useEffect(() => {
    if (session.status === 'signed-out') {
      navigate(loginPath(currentAppPath()), { replace: true });
    }
  }, [session.status]);

  switch (session.status) {
    case 'signed-in':
      return <>{children(session.user)}</>;
    case 'loading':
      return <Paragraph>{t('common.loading')}</Paragraph>;
    case 'signed-out':
      return null;
    case 'unreachable': {
      const cached = readCachedUser();
      if (cached !== null) return <>{children(cached)}</>;
      return (
        <div className="kring-page kring-page--narrow">
          <Heading level={1}>{t('offline.heading')}</Heading>
          <Alert type="warning">
            <Paragraph>{t('offline.body')}</Paragraph>
            <Button purpose="secondary" onClick={() => void loadSession()}>
              {t('common.tryAgain')}
            </Button>
          </Alert>
          {offline}
        </div>
      );
    }
  }
}
