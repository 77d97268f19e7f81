import { useTranslation } from 'react-i18next';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import type { CurrentUser } from '@kring/shared';
import { Disclosure } from '../../components/Disclosure.js';
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
 * Start screen of a signed-in person: their communities as cards with, folded away, a form for
 * a new one (not for external guests); beside them the documents recently opened in this browser
 * and open by link.
 */
export function HomePage({ user }: HomePageProps) {
  const { t } = useTranslation();
  useDocumentTitle(t('home.pageTitle'));
  return (
    <div className="kring-page kring-home">
      <div className="kring-home__intro">
        <Heading level={1}>{t('home.heading')}</Heading>
        <Paragraph>{t('home.intro', { name: user.name })}</Paragraph>
      </div>
      <div className="kring-home__main">
        <CommunityList />
        {!user.isGuest && (
          <Disclosure summary={t('community.new.heading')} className="kring-home__new">
            <NewCommunityForm />
          </Disclosure>
        )}
      </div>
      <div className="kring-home__aside">
        <RecentDocumentList />
        <OpenByLinkForm />
      </div>
    </div>
  );
}
