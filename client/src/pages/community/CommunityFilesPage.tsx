import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommunityView, CurrentUser } from '@kring/shared';
import { api } from '../../api/api.js';
import { useApiResource } from '../../hooks/useApiResource.js';
import { communityPermissions } from '../../session/permissions.js';
import { CommunityFrame } from './CommunityFrame.js';
import { CommunityHeader } from './CommunityHeader.js';
import { FilesSection } from './FilesSection.js';

/** Props of {@link CommunityFilesPage}. */
export interface CommunityFilesPageProps {
  readonly slug: string;
  readonly user: CurrentUser;
}

/** `/c/:slug/files`: the community's file area, full width. */
export function CommunityFilesPage({ slug, user }: CommunityFilesPageProps) {
  const { t } = useTranslation();
  return (
    <CommunityFrame
      slug={slug}
      className="kring-community"
      title={(community) => t('communityScreens.files.pageTitle', { community })}
    >
      {(community) => <Files community={community} user={user} />}
    </CommunityFrame>
  );
}

function Files({ community, user }: { community: CommunityView; user: CurrentUser }) {
  const { t } = useTranslation();
  const { slug } = community;
  // Only to name the page each attachment belongs to.
  const loadPages = useCallback(() => api.communities.documents(slug), [slug]);
  const { resource } = useApiResource(loadPages);
  return (
    <>
      <CommunityHeader community={community} screen={t('communityScreens.files.heading')} />
      <FilesSection
        slug={slug}
        communityName={community.name}
        canUpload={communityPermissions(community, user).createDocuments}
        pages={resource.status === 'ready' ? resource.data : []}
      />
    </>
  );
}
