import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import type { CurrentUser } from '@kring/shared';
import { api } from '../../api/api.js';
import { ResourceView } from '../../components/ResourceView.js';
import { useApiResource } from '../../hooks/useApiResource.js';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';
import { communityCopies, type CommunityCopy } from '../../offline/storedCommunities.js';
import { useOfflineStatus } from '../../offline/useOfflineStatus.js';
import { OfflineCommunityRow } from './OfflineCommunityRow.js';
import { StorageSection } from './StorageSection.js';

/**
 * This device's offline copies: per community the "available offline" switch (on by default),
 * what is kept and since when, removing it; storage use, persistence and the quota warning.
 */
export function OfflinePage({ user }: { readonly user: CurrentUser }) {
  const { t } = useTranslation();
  const communitiesHeading = useId();
  const limitsHeading = useId();
  useDocumentTitle(t('offlinePage.pageTitle'));
  const load = useCallback(() => api.communities.list(), []);
  const { resource, reload } = useApiResource(load);
  const [copies, setCopies] = useState<Map<string, CommunityCopy>>(new Map());
  const [version, setVersion] = useState(0);
  const status = useOfflineStatus();
  // Read again whenever a sync finished or progressed, or a copy was removed here.
  useEffect(() => {
    void communityCopies(user.id).then(setCopies, () => setCopies(new Map()));
  }, [user.id, version, status.lastSyncedAt, status.syncing?.done]);
  const changed = () => setVersion((n) => n + 1);

  return (
    <div className="kring-page kring-page--narrow">
      <Heading level={1}>{t('offlinePage.heading')}</Heading>
      <Paragraph>{t('offlinePage.intro')}</Paragraph>
      <section className="kring-section" aria-labelledby={communitiesHeading}>
        <Heading level={2} id={communitiesHeading}>
          {t('offlinePage.communitiesHeading')}
        </Heading>
        <ResourceView resource={resource} reload={reload}>
          {(communities) => {
            const own = communities.filter((community) => community.myRole !== null);
            return own.length === 0 ? (
              <Paragraph>{t('offlinePage.noCommunities')}</Paragraph>
            ) : (
              <ul className="kring-offline-communities">
                {own.map((community) => (
                  <OfflineCommunityRow
                    key={community.slug}
                    community={community}
                    userId={user.id}
                    copy={copies.get(community.slug)}
                    onChanged={changed}
                  />
                ))}
              </ul>
            );
          }}
        </ResourceView>
      </section>
      <StorageSection version={version} />
      <section className="kring-section" aria-labelledby={limitsHeading}>
        <Heading level={2} id={limitsHeading}>
          {t('offlinePage.limitsHeading')}
        </Heading>
        <Paragraph>{t('offlinePage.limits')}</Paragraph>
      </section>
    </div>
  );
}
