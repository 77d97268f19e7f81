import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '@nl-design-system-candidate/heading-react';
import type { CommunityView } from '@kring/shared';

/** Props of {@link CommunityHeader}. */
export interface CommunityHeaderProps {
  readonly community: CommunityView;
  /** The screen's own name under the community's (e.g. "Files"); none on the overview. */
  readonly screen?: string;
  /** Shown under the heading, e.g. the settings tabs. */
  readonly children?: ReactNode;
}

/**
 * The top of each community screen: the name as the page heading (with the screen's name when it
 * is not the overview), the person's role as a small badge and the description.
 */
export function CommunityHeader({ community, screen, children }: CommunityHeaderProps) {
  const { t } = useTranslation();
  const role =
    community.myRole === null
      ? t('home.communities.admin')
      : t('home.communities.role', { role: t(`roles.${community.myRole}`) });
  return (
    <header className="kring-community-header">
      <div className="kring-community-header__title">
        <Heading level={1}>
          {screen === undefined
            ? community.name
            : t('communityScreens.screenHeading', { screen, community: community.name })}
        </Heading>
        <span className="kring-badge kring-community-header__role">{role}</span>
      </div>
      {screen === undefined && community.description !== '' && (
        <p className="kring-community-header__description kring-prewrap">{community.description}</p>
      )}
      {children}
    </header>
  );
}
