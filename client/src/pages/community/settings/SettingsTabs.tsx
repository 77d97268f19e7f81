import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettingsTab } from '../../../routing/routes.js';
import { communitySettingsPath } from '../../../routing/paths.js';
import { CurrentLink } from '../CurrentLink.js';

/** Props of {@link SettingsTabs}. */
export interface SettingsTabsProps {
  readonly slug: string;
  readonly communityName: string;
  /** The tabs this person may use, in order. */
  readonly tabs: readonly SettingsTab[];
  readonly current: SettingsTab;
}

/**
 * The settings area's tabs. Each tab has its own address, so they are links in a navigation
 * landmark (the open one marked with `aria-current`), reached with Tab and opened with Enter, and
 * the browser's back button goes to the previous tab.
 */
export function SettingsTabs({ slug, communityName, tabs, current }: SettingsTabsProps) {
  const { t } = useTranslation();
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    // On a phone the row scrolls: keep the open tab in view.
    list.current
      ?.querySelector('[aria-current="page"]')
      ?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [current]);
  return (
    <nav
      className="kring-settings-nav"
      aria-label={t('communityScreens.settings.tabsLabel', { community: communityName })}
    >
      <ul className="kring-settings-nav__list" ref={list}>
        {tabs.map((tab) => (
          <li key={tab} className="kring-settings-nav__item">
            <CurrentLink
              to={communitySettingsPath(slug, tab)}
              current={tab === current}
              className="kring-settings-nav__tab"
            >
              {t(`communityScreens.settings.tabs.${tab}`)}
            </CurrentLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
