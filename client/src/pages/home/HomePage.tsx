import { useTranslation } from 'react-i18next';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import type { CurrentUser } from '@kring/shared';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';
import { CommunityList } from './CommunityList.js';
import { NewCommunityForm } from './NewCommunityForm.js';
import { OpenByLinkForm } from './OpenByLinkForm.js';
import { RecentDocumentList } from './RecentDocumentList.js';

/** Props of {@link HomePage}. */
export interface HomePageProps {
  readonly user: CurrentUser;
}

/**
 * Start screen of a signed-in person: their communities, a form for a new one (not for external
 * guests), the documents recently opened in this browser, and open by link.
 */
export function HomePage({ user }: HomePageProps) {
  const { t } = useTranslation();
  useDocumentTitle(t('home.pageTitle'));
  return (
    <div className="kring-page kring-page--narrow">
      <Heading level={1}>{t('home.heading')}</Heading>
      <Paragraph purpose="lead">{t('home.intro', { name: user.name })}</Paragraph>
      <CommunityList />
      {!user.isGuest && <NewCommunityForm />}
      <RecentDocumentList />
      <OpenByLinkForm />
    </div>
  );
}
