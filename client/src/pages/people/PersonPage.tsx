import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { documentPath, type PersonView } from '@kring/shared';
import { api } from '../../api/api.js';
import { ResourceView } from '../../components/ResourceView.js';
import { useApiResource } from '../../hooks/useApiResource.js';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';
import { AppLink } from '../../routing/AppLink.js';
import { communityPath } from '../../routing/paths.js';
import { ProfileFacts } from './ProfileFacts.js';
import { shareText } from './shareText.js';
import { TopicLinks } from './TopicLinks.js';

/** Props of {@link PersonPage}. */
export interface PersonPageProps {
  readonly userId: string;
}

/**
 * `/people/:userId`: someone's profile as the viewer may see it, the communities they share and
 * the pages they wrote (only pages the viewer can read), most written first.
 */
export function PersonPage({ userId }: PersonPageProps) {
  const { t } = useTranslation();
  const load = useCallback(() => api.profiles.person(userId), [userId]);
  const { resource, reload } = useApiResource(load);
  useDocumentTitle(
    resource.status === 'ready'
      ? t('people.person.pageTitle', { name: resource.data.profile.name })
      : t('people.pageTitle'),
  );
  return (
    <div className="kring-page kring-page--narrow">
      {resource.status === 'error' && resource.error.code === 'not_found' ? (
        <>
          <Heading level={1}>{t('people.person.notFoundHeading')}</Heading>
          <Paragraph>{t('people.person.notFound')}</Paragraph>
        </>
      ) : (
        <ResourceView resource={resource} reload={reload}>
          {(person) => <Person person={person} />}
        </ResourceView>
      )}
    </div>
  );
}

function Person({ person }: { person: PersonView }) {
  const { t, i18n } = useTranslation();
  const wroteHeadingId = useId();
  const communitiesHeadingId = useId();
  const expertiseHeadingId = useId();
  const { profile } = person;
  return (
    <>
      <Heading level={1}>{profile.name}</Heading>
      <ProfileFacts profile={profile} />
      {profile.expertise.length > 0 && (
        <section className="kring-section" aria-labelledby={expertiseHeadingId}>
          <Heading level={2} id={expertiseHeadingId}>
            {t('people.person.expertise')}
          </Heading>
          <p className="kring-hint">{t('people.person.expertiseHint')}</p>
          <TopicLinks topics={profile.expertise} />
        </section>
      )}
      <section className="kring-section" aria-labelledby={wroteHeadingId}>
        <Heading level={2} id={wroteHeadingId}>
          {t('people.person.wroteAbout')}
        </Heading>
        {person.wroteAbout.length === 0 ? (
          <Paragraph className="kring-hint">{t('people.person.wroteNothing')}</Paragraph>
        ) : (
          <ul className="kring-link-list" aria-labelledby={wroteHeadingId}>
            {person.wroteAbout.map((page) => (
              <li key={page.documentId}>
                <AppLink to={documentPath(page.documentId)}>
                  {page.title.trim() === '' ? t('document.untitled') : page.title}
                </AppLink>{' '}
                <span className="kring-hint">
                  {t('people.person.share', { share: shareText(page.share, i18n.language) })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="kring-section" aria-labelledby={communitiesHeadingId}>
        <Heading level={2} id={communitiesHeadingId}>
          {t('people.person.communities')}
        </Heading>
        <ul className="kring-link-list" aria-labelledby={communitiesHeadingId}>
          {person.communities.map((community) => (
            <li key={community.slug}>
              <AppLink to={communityPath(community.slug)}>{community.name}</AppLink>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
