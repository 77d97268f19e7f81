import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  IconAffiliate,
  IconBell,
  IconBuilding,
  IconFiles,
  IconHome,
  IconMessageQuestion,
  IconPlus,
  IconSettings,
  IconUserCircle,
  IconUsers,
  IconVocabulary,
} from '@tabler/icons-react';
import { documentPath, type CommunityView, type CurrentUser } from '@kring/shared';
import { api } from '../api/api.js';
import { LanguageSwitcher } from '../components/LanguageSwitcher.js';
import { LogoutButton } from '../components/LogoutButton.js';
import { apiErrorMessage } from '../forms/apiErrorMessage.js';
import { navigate } from '../routing/history.js';
import {
  communityFilesPath,
  communityPath,
  communitySettingsPath,
  glossaryPath,
  NOTIFICATIONS_PATH,
  ORGANISATIONS_PATH,
  peoplePath,
  questionsPath,
  stakeholdersPath,
} from '../routing/paths.js';
import type { Route } from '../routing/routes.js';
import { SearchBox } from '../search/SearchBox.js';
import { communityPermissions } from '../session/permissions.js';
import { newDocumentId } from '../sync/documentId.js';
import { cacheDocumentView } from '../sync/documentViewCache.js';
import { CommunitySwitcher } from './CommunitySwitcher.js';
import { FavouritesList } from './FavouritesList.js';
import { refreshPageTree } from './pageTreeRefresh.js';
import { SidebarBoundary } from './SidebarBoundary.js';
import { OfflineStatusLine } from './OfflineStatusLine.js';
import { SidebarLink } from './SidebarLink.js';
import { SidebarTree } from './SidebarTree.js';
import { useFavourites } from './useFavourites.js';
import { useUnreadNotifications } from '../notifications/unreadNotifications.js';
import { usePageTree } from './usePageTree.js';

/** Element id of the sidebar (the menu button controls it). */
export const SIDEBAR_ID = 'kring-sidebar';

/** Props of {@link Sidebar}. */
export interface SidebarProps {
  readonly user: CurrentUser;
  readonly route: Route;
  /** The community shown, or null. */
  readonly slug: string | null;
  readonly community: CommunityView | null;
  readonly communities: readonly CommunityView[] | null;
  /** The button that hides the sidebar (or closes the drawer), at its top. */
  readonly hideButton: ReactNode;
}

/**
 * The sidebar of signed-in screens, top to bottom: brand and hide button, community switcher,
 * search, "New page", the community's Overview/Files/Settings, Favourites, the page tree, and
 * the person's account, language and Log out.
 */
export function Sidebar({ user, route, slug, community, communities, hideButton }: SidebarProps) {
  const { t } = useTranslation();
  const favouritesHeading = useId();
  const pagesHeading = useId();
  const pages = usePageTree(slug);
  const { favourites } = useFavourites();
  const unread = useUnreadNotifications();
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null);
  const [creating, setCreating] = useState(false);
  const permissions = community === null ? null : communityPermissions(community, user);
  const canCreate = slug !== null && permissions?.createDocuments === true;
  const currentId = route.name === 'document' ? route.id : null;
  const errorMessage = (failure: unknown) => apiErrorMessage(t, failure);

  const create = (parentId: string | null) => {
    if (slug === null || creating) return;
    setCreating(true);
    setMessage(null);
    // The id is made here, so that retrying after a lost answer cannot create a second page.
    api.communities.createDocument(slug, { id: newDocumentId(), parentId }).then(
      (view) => {
        setCreating(false);
        cacheDocumentView(view);
        refreshPageTree();
        navigate(documentPath(view.id));
      },
      (failure: unknown) => {
        setCreating(false);
        setMessage({ text: errorMessage(failure), isError: true });
      },
    );
  };

  return (
    <header id={SIDEBAR_ID} className="kring-sidebar">
      <div className="kring-sidebar__top">
        <span className="kring-sidebar__brand">{t('app.name')}</span>
        {hideButton}
      </div>
      <CommunitySwitcher current={community} communities={communities} />
      <SearchBox />
      {canCreate && (
        <button
          type="button"
          className="kring-sidebar__new"
          aria-busy={creating}
          onClick={() => create(null)}
        >
          <IconPlus aria-hidden="true" size={18} />
          {t('shell.newPage')}
        </button>
      )}
      <nav className="kring-sidebar__nav" aria-label={t('nav.label')}>
        {slug !== null && (
          <ul className="kring-sidebar__list">
            <li>
              <SidebarLink to={communityPath(slug)} current={route.name === 'community'}>
                <IconHome aria-hidden="true" size={18} />
                <span className="kring-sidebar__link-text">{t('shell.overview')}</span>
              </SidebarLink>
            </li>
            <li>
              <SidebarLink to={communityFilesPath(slug)} current={route.name === 'community-files'}>
                <IconFiles aria-hidden="true" size={18} />
                <span className="kring-sidebar__link-text">{t('shell.files')}</span>
              </SidebarLink>
            </li>
            <li>
              <SidebarLink to={stakeholdersPath(slug)} current={route.name === 'stakeholders'}>
                <IconAffiliate aria-hidden="true" size={18} />
                <span className="kring-sidebar__link-text">{t('shell.stakeholders')}</span>
              </SidebarLink>
            </li>
            <li>
              <SidebarLink
                to={questionsPath(slug)}
                current={route.name === 'questions' || route.name === 'question'}
              >
                <IconMessageQuestion aria-hidden="true" size={18} />
                <span className="kring-sidebar__link-text">{t('shell.questions')}</span>
              </SidebarLink>
            </li>
            <li>
              <SidebarLink to={glossaryPath(slug)} current={route.name === 'glossary'}>
                <IconVocabulary aria-hidden="true" size={18} />
                <span className="kring-sidebar__link-text">{t('shell.glossary')}</span>
              </SidebarLink>
            </li>
            <li>
              <SidebarLink
                to={communitySettingsPath(slug)}
                current={route.name === 'community-settings' || route.name === 'audit'}
              >
                <IconSettings aria-hidden="true" size={18} />
                <span className="kring-sidebar__link-text">{t('shell.settings')}</span>
              </SidebarLink>
            </li>
          </ul>
        )}
        <section className="kring-sidebar__section" aria-labelledby={favouritesHeading}>
          <h2 id={favouritesHeading} className="kring-sidebar__heading">
            {t('shell.favourites')}
          </h2>
          <FavouritesList
            favourites={favourites}
            slug={slug}
            currentId={currentId}
            headingId={favouritesHeading}
          />
        </section>
        {slug !== null && (
          <section className="kring-sidebar__section" aria-labelledby={pagesHeading}>
            <h2 id={pagesHeading} className="kring-sidebar__heading">
              {t('shell.pages')}
            </h2>
            {pages.pages === null ? (
              <p className="kring-sidebar__hint">
                {pages.failed ? t('shell.pagesFailed') : t('shell.pagesLoading')}
              </p>
            ) : pages.pages.length === 0 ? (
              <p className="kring-sidebar__hint">{t('shell.noPages')}</p>
            ) : (
              <SidebarBoundary
                key={slug}
                fallback={<p className="kring-sidebar__hint">{t('shell.pagesFailed')}</p>}
              >
                <SidebarTree
                  slug={slug}
                  pages={pages}
                  currentId={currentId}
                  canEdit={canCreate}
                  onNewSubPage={(parentId) => create(parentId)}
                  onAnnounce={(text, isError) => setMessage({ text, isError })}
                  errorMessage={errorMessage}
                />
              </SidebarBoundary>
            )}
          </section>
        )}
        <p className="kring-visually-hidden" aria-live="polite">
          {message !== null && !message.isError ? message.text : ''}
        </p>
        {message !== null && message.isError && (
          <p className="kring-sidebar__error" role="alert">
            {message.text}
          </p>
        )}
      </nav>
      <div className="kring-sidebar__bottom">
        <OfflineStatusLine current={route.name === 'offline'} />
        <SidebarLink to={NOTIFICATIONS_PATH} current={route.name === 'notifications'}>
          <IconBell aria-hidden="true" size={18} />
          <span className="kring-sidebar__link-text">
            {unread !== null && unread > 0
              ? t('shell.notificationsUnread', { count: unread })
              : t('shell.notifications')}
          </span>
        </SidebarLink>
        <SidebarLink to={peoplePath()} current={route.name === 'people' || route.name === 'person'}>
          <IconUsers aria-hidden="true" size={18} />
          <span className="kring-sidebar__link-text">{t('shell.people')}</span>
        </SidebarLink>
        {user.isAdmin && (
          <SidebarLink to={ORGANISATIONS_PATH} current={route.name === 'organisations'}>
            <IconBuilding aria-hidden="true" size={18} />
            <span className="kring-sidebar__link-text">{t('shell.organisations')}</span>
          </SidebarLink>
        )}
        <SidebarLink to="/account" current={route.name === 'account'}>
          <IconUserCircle aria-hidden="true" size={18} />
          <span className="kring-sidebar__link-text">
            <span className="kring-visually-hidden">{t('nav.account')}: </span>
            {user.name}
          </span>
        </SidebarLink>
        <LanguageSwitcher />
        <LogoutButton />
      </div>
    </header>
  );
}
