import { useTranslation } from 'react-i18next';
import { IconSelector } from '@tabler/icons-react';
import type { CommunityView } from '@kring/shared';
import { navigate } from '../routing/history.js';
import { communityPath } from '../routing/paths.js';
import { MenuButton, type MenuChoice } from './MenuButton.js';

/** Props of {@link CommunitySwitcher}. */
export interface CommunitySwitcherProps {
  /** The community shown (null: none yet). */
  readonly current: CommunityView | null;
  /** The person's communities; null while loading. */
  readonly communities: readonly CommunityView[] | null;
}

/** The current community's name; its menu lists the person's communities and "All communities". */
export function CommunitySwitcher({ current, communities }: CommunitySwitcherProps) {
  const { t } = useTranslation();
  const choices: MenuChoice[] = (communities ?? []).map((community) => ({
    key: community.slug,
    label: community.name,
    current: community.slug === current?.slug,
    onSelect: () => navigate(communityPath(community.slug)),
  }));
  choices.push({ key: '__all', label: t('shell.allCommunities'), onSelect: () => navigate('/') });
  const name = current?.name ?? t('shell.noCommunity');
  return (
    <MenuButton
      label={t('shell.switchCommunity', { community: name })}
      className="kring-switcher"
      choices={choices}
    >
      <span className="kring-switcher__name">{name}</span>
      <IconSelector aria-hidden="true" size={16} />
    </MenuButton>
  );
}
