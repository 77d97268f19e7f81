import { useTranslation } from 'react-i18next';
import type { CurrentUser } from '@kring/shared';
import { CommunityFrame } from '../community/CommunityFrame.js';
import { StakeholderMapScreen } from './StakeholderMapScreen.js';

/** Props of {@link StakeholderMapPage}. */
export interface StakeholderMapPageProps {
  readonly slug: string;
  readonly user: CurrentUser;
}

/** `/c/:slug/map`: the community's stakeholder map, in the community's frame. */
export function StakeholderMapPage({ slug, user }: StakeholderMapPageProps) {
  const { t } = useTranslation();
  return (
    <CommunityFrame
      slug={slug}
      className="kring-community"
      title={(community) => t('stakeholders.pageTitle', { community })}
    >
      {(community) => <StakeholderMapScreen community={community} user={user} />}
    </CommunityFrame>
  );
}
