import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Link } from '@nl-design-system-candidate/link-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import type { CommunityView, CurrentUser } from '@kring/shared';
import { api } from '../../api/api.js';
import { ResourceView } from '../../components/ResourceView.js';
import { useApiResource } from '../../hooks/useApiResource.js';
import { communityPermissions } from '../../session/permissions.js';
import { CommunityHeader } from '../community/CommunityHeader.js';
import { ExternalStakeholdersSection } from './ExternalStakeholdersSection.js';
import { GapsSection } from './GapsSection.js';
import { isEmptyMap } from './mapView.js';
import { MapViews } from './MapViews.js';

/** Props of {@link StakeholderMapScreen}. */
export interface StakeholderMapScreenProps {
  readonly community: CommunityView;
  readonly user: CurrentUser;
}

/**
 * The stakeholder map of a loaded community: graph or table, gaps, a CSV download, and for
 * owners the stakeholders they added and a form to add more.
 */
export function StakeholderMapScreen({ community, user }: StakeholderMapScreenProps) {
  const { t } = useTranslation();
  const { slug } = community;
  const mapHeadingId = useId();
  const load = useCallback(() => api.stakeholders.map(slug), [slug]);
  const { resource, reload } = useApiResource(load);
  const mayManage = communityPermissions(community, user).manage;

  return (
    <>
      <CommunityHeader community={community} screen={t('stakeholders.heading')} />
      <ResourceView resource={resource} reload={reload}>
        {(view) => (
          <>
            <section className="kring-section kring-map" aria-labelledby={mapHeadingId}>
              <Heading level={2} id={mapHeadingId}>
                {t('stakeholders.map.heading')}
              </Heading>
              <Paragraph>{t('stakeholders.map.intro')}</Paragraph>
              <Paragraph>
                <Link href={api.stakeholders.csvUrl(slug)} download>
                  {t('stakeholders.csv')}
                </Link>
              </Paragraph>
              {isEmptyMap(view) ? (
                <Paragraph className="kring-map-empty">
                  {t(mayManage ? 'stakeholders.map.emptyOwner' : 'stakeholders.map.empty')}
                </Paragraph>
              ) : (
                <MapViews
                  communityName={community.name}
                  organisations={view.organisations}
                  topics={view.topics}
                />
              )}
            </section>
            {!isEmptyMap(view) && <GapsSection view={view} />}
            {mayManage && (
              <ExternalStakeholdersSection slug={slug} view={view} onChanged={reload} />
            )}
          </>
        )}
      </ResourceView>
    </>
  );
}
