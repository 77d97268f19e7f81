import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommunityView, CurrentUser } from '@kring/shared';
import { api } from '../../api/api.js';
import { useApiResource } from '../../hooks/useApiResource.js';
import { communityPermissions } from '../../session/permissions.js';
import { ChangesSection } from './ChangesSection.js';
import { CommunityFrame } from './CommunityFrame.js';
import { CommunityHeader } from './CommunityHeader.js';
import { WatchToggle } from '../../notifications/WatchToggle.js';
import { PinnedSection } from './overview/PinnedSection.js';
import { PresenceSection } from './overview/PresenceSection.js';
import { TagsSection } from './overview/TagsSection.js';
import { PagesSection } from './PagesSection.js';

/** Props of {@link CommunityPage}. */
export interface CommunityPageProps {
  readonly slug: string;
  readonly user: CurrentUser;
  /** Show only the pages with this tag (`?tag=`). */
  readonly tag?: string | null;
}

/**
 * A community's home, an overview: what changed since the last visit and the pages (with "new
 * page" and templates) in the wide column; pinned pages, tags and who is here beside it.
 * Administration lives in the settings area, files on their own screen.
 */
export function CommunityPage({ slug, user, tag = null }: CommunityPageProps) {
  const { t } = useTranslation();
  return (
    <CommunityFrame
      slug={slug}
      className="kring-community"
      title={(community) => t('community.pageTitle', { community })}
    >
      {(community) => <Overview community={community} user={user} tag={tag} />}
    </CommunityFrame>
  );
}

interface OverviewProps {
  readonly community: CommunityView;
  readonly user: CurrentUser;
  readonly tag: string | null;
}

function Overview({ community, user, tag }: OverviewProps) {
  const { slug } = community;
  const can = communityPermissions(community, user);
  const loadPages = useCallback(() => api.communities.documents(slug), [slug]);
  const pages = useApiResource(loadPages);
  const loadTags = useCallback(() => api.communities.tags(slug), [slug]);
  const tags = useApiResource(loadTags);

  return (
    <>
      <CommunityHeader community={community}>
        <WatchToggle target={{ community: slug }} />
      </CommunityHeader>
      <div className="kring-overview">
        <div className="kring-overview__main">
          <ChangesSection slug={slug} />
          <PagesSection
            community={community}
            pages={pages}
            canCreate={can.createDocuments}
            tag={tag}
            onTemplatesClosed={tags.reload}
          />
        </div>
        <div className="kring-overview__side">
          <PinnedSection slug={slug} />
          <TagsSection slug={slug} tags={tags} selected={tag} />
          <PresenceSection slug={slug} user={user} />
        </div>
      </div>
    </>
  );
}
