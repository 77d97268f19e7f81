import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { api } from '../../api/api.js';
import { Alert } from '../../components/Alert.js';
import { ResourceView } from '../../components/ResourceView.js';
import { useApiResource } from '../../hooks/useApiResource.js';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';
import { useSession } from '../../hooks/useSession.js';
import { waitingWork } from '../../offline/waitingWork.js';
import { navigate } from '../../routing/history.js';
import { SignupForm } from '../signup/SignupForm.js';
import { LoginForm } from './LoginForm.js';
import { OidcButtons } from './OidcButtons.js';

/** Props of {@link LoginPage}. */
export interface LoginPageProps {
  /** Safe app path to go to once signed in. */
  readonly returnTo: string;
  /** Error code from a failed OpenID Connect login (`?error=`). */
  readonly error: string | null;
}

/**
 * Sign in: email and password and/or one button per OpenID Connect provider. On a new
 * installation (no accounts yet) it offers to create the first, administrator, account instead.
 */
export function LoginPage({ returnTo, error }: LoginPageProps) {
  const { t } = useTranslation();
  const session = useSession();
  const oidcHeadingId = useId();
  const loadProviders = useCallback(() => api.auth.providers(), []);
  const { resource, reload } = useApiResource(loadProviders);
  const firstRun = resource.status === 'ready' && resource.data.firstRun;
  useDocumentTitle(t(firstRun ? 'firstRun.pageTitle' : 'login.pageTitle'));
  // A session that ended while work waited here (offline): say it is kept and sent after signing in.
  const [waiting, setWaiting] = useState(0);
  useEffect(() => {
    void waitingWork().then(setWaiting);
  }, []);

  useEffect(() => {
    if (session.status === 'signed-in') navigate(returnTo, { replace: true });
  }, [session.status, returnTo]);

  const done = () => navigate(returnTo, { replace: true });

  return (
    <div className="kring-page kring-page--narrow">
      <Heading level={1}>{t(firstRun ? 'firstRun.heading' : 'login.heading')}</Heading>
      {waiting > 0 && (
        <Alert type="info">
          <Paragraph>{t('login.workWaiting', { count: waiting })}</Paragraph>
        </Alert>
      )}
      {error !== null && (
        <Alert type="error">
          <Paragraph>{t('login.oidcFailed', { code: error })}</Paragraph>
        </Alert>
      )}
      <ResourceView resource={resource} reload={reload}>
        {(providers) =>
          providers.firstRun ? (
            <>
              <Paragraph>{t('firstRun.intro')}</Paragraph>
              <SignupForm submitLabel={t('firstRun.submit')} onSignedUp={done} />
            </>
          ) : (
            <>
              {providers.local && <LoginForm onSignedIn={done} />}
              {providers.oidc.length > 0 && (
                <section className="kring-section" aria-labelledby={oidcHeadingId}>
                  <Heading level={2} id={oidcHeadingId}>
                    {t('login.oidcHeading')}
                  </Heading>
                  <OidcButtons providers={providers.oidc} returnTo={returnTo} />
                </section>
              )}
              <Paragraph className="kring-hint">{t('login.invitationHint')}</Paragraph>
            </>
          )
        }
      </ResourceView>
    </div>
  );
}
