import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import type { CurrentUser } from '@kring/shared';
import { LogoutButton } from '../../components/LogoutButton.js';
import { useOfflineStatus } from '../../offline/useOfflineStatus.js';
import { waitingWhat } from '../../shell/OfflineStatusLine.js';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';
import { NotificationSettingsForm } from './NotificationSettingsForm.js';
import { PasswordForm } from './PasswordForm.js';
import { ProfileDetailsForm } from './ProfileDetailsForm.js';
import { ProfileForm } from './ProfileForm.js';
import { TokensSection } from './TokensSection.js';

/** Props of {@link AccountPage}. */
export interface AccountPageProps {
  readonly user: CurrentUser;
}

/** The person's account: name, what others see of them, password, API tokens, and logging out (here or everywhere). */
export function AccountPage({ user }: AccountPageProps) {
  const { t } = useTranslation();
  const sessionsHeadingId = useId();
  const [wipe, setWipe] = useState(false);
  const waiting = waitingWhat(t, useOfflineStatus());
  useDocumentTitle(t('account.pageTitle'));
  return (
    <div className="kring-page kring-page--narrow">
      <Heading level={1}>{t('account.heading')}</Heading>
      <ProfileForm user={user} />
      <ProfileDetailsForm />
      <NotificationSettingsForm />
      <PasswordForm />
      <TokensSection />
      <section className="kring-section" aria-labelledby={sessionsHeadingId}>
        <Heading level={2} id={sessionsHeadingId}>
          {t('account.sessions.heading')}
        </Heading>
        <Paragraph>{t('account.sessions.intro')}</Paragraph>
        <label className="kring-choice">
          <input
            type="checkbox"
            checked={wipe}
            onChange={(event) => setWipe(event.currentTarget.checked)}
          />
          {t('accountWipe.label')}
        </label>
        {wipe && waiting !== null && (
          <p className="kring-form__error" role="alert">
            {t('accountWipe.waiting', { what: waiting })}
          </p>
        )}
        <div className="kring-actions">
          <LogoutButton label={t('account.sessions.logoutHere')} wipeLocalData={wipe} />
          <LogoutButton
            everywhere
            label={t('account.sessions.logoutEverywhere')}
            wipeLocalData={wipe}
          />
        </div>
      </section>
    </div>
  );
}
