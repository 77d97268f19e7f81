import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { api } from '../../api/api.js';
import { ResourceView } from '../../components/ResourceView.js';
import { useApiResource } from '../../hooks/useApiResource.js';
import { AppLink } from '../../routing/AppLink.js';
import { communityPath } from '../../routing/paths.js';

/** The communities the person belongs to, with their role in each. */
export function CommunityList() {
  const { t } = useTranslation();
  const headingId = useId();
  const load = useCallback(() => api.communities.list(), []);
  const { resource, reload } = useApiResource(load);
  return (
    <section className="kring-section" aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {t('home.communities.heading')}
      </Heading>
      <ResourceView resource={resource} reload={reload}>
        {(communities) =>
          communities.length === 0 ? (
            <Paragraph>{t('home.communities.empty')}</Paragraph>
          ) : (
            <ul className="kring-community-cards" aria-labelledby={headingId}>
              {communities.map((community) => (
                <li key={community.id} className="kring-community-card">
                  <AppLink
                    to={communityPath(community.slug)}
                    className="kring-community-card__link"
                  >
                    {community.name}
                  </AppLink>
                  <span className="kring-community-card__meta">
                    {community.myRole === null
                      ? t('home.communities.admin')
                      : t('home.communities.role', { role: t(`roles.${community.myRole}`) })}
                    {' · '}
                    {t('home.communities.members', { count: community.memberCount })}
                  </span>
                </li>
              ))}
            </ul>
          )
        }
      </ResourceView>
    </section>
  );
}
