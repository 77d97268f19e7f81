import { useTranslation } from 'react-i18next';
import { IconStarFilled } from '@tabler/icons-react';
import { documentPath, type FavouriteView } from '@kring/shared';
import { SidebarLink } from './SidebarLink.js';

/** Props of {@link FavouritesList}. */
export interface FavouritesListProps {
  readonly favourites: readonly FavouriteView[] | null;
  /** Pinned pages of this community come first; others show their community. */
  readonly slug: string | null;
  readonly currentId: string | null;
  readonly headingId: string;
}

/** The sidebar's "Favourites": pinned pages, the current community's first. */
export function FavouritesList({ favourites, slug, currentId, headingId }: FavouritesListProps) {
  const { t } = useTranslation();
  if (favourites === null) return null;
  if (favourites.length === 0) {
    return <p className="kring-sidebar__hint">{t('shell.noFavourites')}</p>;
  }
  const ordered = [
    ...favourites.filter((favourite) => favourite.communitySlug === slug),
    ...favourites.filter((favourite) => favourite.communitySlug !== slug),
  ];
  return (
    <ul className="kring-sidebar__list" aria-labelledby={headingId}>
      {ordered.map((favourite) => {
        const current = favourite.documentId === currentId;
        return (
          <li key={favourite.documentId}>
            <SidebarLink to={documentPath(favourite.documentId)} current={current}>
              <IconStarFilled aria-hidden="true" size={14} className="kring-sidebar__star" />
              <span className="kring-sidebar__link-text">
                {favourite.title.trim() === '' ? t('document.untitled') : favourite.title}
              </span>
              {favourite.communitySlug !== slug && (
                <span className="kring-sidebar__link-meta">{favourite.communitySlug}</span>
              )}
            </SidebarLink>
          </li>
        );
      })}
    </ul>
  );
}
