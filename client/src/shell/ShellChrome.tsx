import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { IconLayoutSidebarLeftCollapse, IconMenu2, IconX } from '@tabler/icons-react';
import type { CurrentUser } from '@kring/shared';
import { pathStore } from '../routing/history.js';
import type { Route } from '../routing/routes.js';
import { IconButton } from './IconButton.js';
import { OfflineStatusLine } from './OfflineStatusLine.js';
import { Sidebar, SIDEBAR_ID } from './Sidebar.js';
import { readSidebarCollapsed, writeSidebarCollapsed } from './shellStorage.js';
import { useCommunities } from './useCommunities.js';
import { resetFavourites } from './useFavourites.js';
import { useCurrentCommunity } from './useCurrentCommunity.js';
import { useNarrowScreen } from './useNarrowScreen.js';

/** Props of {@link ShellChrome}. */
export interface ShellChromeProps {
  readonly user: CurrentUser;
  readonly route: Route;
  /** Tells the frame whether the drawer covers the page (the page is then inert). */
  readonly onDrawerChange: (open: boolean) => void;
}

/**
 * Everything around `<main>` on signed-in screens: the sidebar, hidden with a button on wide
 * screens (remembered); on narrow screens (< 768 px) a slim top bar whose menu button opens the
 * sidebar as a drawer. The drawer takes the focus, closes with Escape, a click beside it or a
 * navigation, and gives the focus back to the menu button.
 */
export function ShellChrome({ user, route, onDrawerChange }: ShellChromeProps) {
  const { t } = useTranslation();
  const narrow = useNarrowScreen();
  const slug = useCurrentCommunity(route);
  const communities = useCommunities(`${user.id}:${slug ?? ''}`);
  const community = communities?.find((candidate) => candidate.slug === slug) ?? null;
  const [collapsed, setCollapsed] = useState(readSidebarCollapsed);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const path = useSyncExternalStore(pathStore.subscribe, pathStore.getSnapshot);
  const menuButton = useRef<HTMLButtonElement>(null);
  const hideButton = useRef<HTMLButtonElement>(null);
  const focusAfterToggle = useRef<'menu' | 'hide' | null>(null);
  const drawer = narrow && drawerOpen;
  const sidebarShown = narrow ? drawerOpen : !collapsed;

  useEffect(() => {
    setDrawerOpen(false);
  }, [path, narrow]);

  const userId = user.id;
  const firstUser = useRef(userId);
  useEffect(() => {
    if (firstUser.current === userId) return;
    firstUser.current = userId;
    resetFavourites();
  }, [userId]);

  useEffect(() => {
    onDrawerChange(drawer);
  }, [drawer, onDrawerChange]);

  useEffect(() => {
    const target = focusAfterToggle.current;
    focusAfterToggle.current = null;
    if (target === 'menu') menuButton.current?.focus();
    if (target === 'hide') hideButton.current?.focus();
  }, [sidebarShown]);

  const showSidebar = () => {
    focusAfterToggle.current = 'hide';
    if (narrow) setDrawerOpen(true);
    else {
      setCollapsed(false);
      writeSidebarCollapsed(false);
    }
  };
  const hideSidebar = () => {
    focusAfterToggle.current = 'menu';
    if (narrow) setDrawerOpen(false);
    else {
      setCollapsed(true);
      writeSidebarCollapsed(true);
    }
  };

  return (
    <>
      {!sidebarShown || narrow ? (
        <div className="kring-topbar" inert={drawer}>
          <IconButton
            ref={menuButton}
            label={narrow ? t('shell.openMenu') : t('shell.showSidebar')}
            icon={<IconMenu2 aria-hidden="true" size={20} />}
            aria-expanded={sidebarShown}
            aria-controls={sidebarShown ? SIDEBAR_ID : undefined}
            tooltipSide="right"
            onClick={showSidebar}
          />
          <span className="kring-topbar__title">{community?.name ?? t('app.name')}</span>
          <OfflineStatusLine current={route.name === 'offline'} compact />
        </div>
      ) : null}
      {drawer && <div className="kring-scrim" aria-hidden="true" onClick={hideSidebar} />}
      {sidebarShown && (
        <div
          className={
            drawer ? 'kring-sidebar-frame kring-sidebar-frame--drawer' : 'kring-sidebar-frame'
          }
          role={drawer ? 'dialog' : undefined}
          aria-modal={drawer ? true : undefined}
          aria-label={drawer ? t('shell.menu') : undefined}
          onKeyDown={(event) => {
            if (drawer && event.key === 'Escape') {
              event.preventDefault();
              hideSidebar();
            }
          }}
        >
          <Sidebar
            user={user}
            route={route}
            slug={slug}
            community={community}
            communities={communities}
            hideButton={
              <IconButton
                ref={hideButton}
                label={narrow ? t('shell.closeMenu') : t('shell.hideSidebar')}
                icon={
                  narrow ? (
                    <IconX aria-hidden="true" size={20} />
                  ) : (
                    <IconLayoutSidebarLeftCollapse aria-hidden="true" size={20} />
                  )
                }
                tooltipSide={narrow ? 'left' : 'below'}
                onClick={hideSidebar}
              />
            }
          />
        </div>
      )}
    </>
  );
}
