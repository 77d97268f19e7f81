import { useTranslation } from 'react-i18next';
import { AppLink } from '../../routing/AppLink.js';
import { communityPath } from '../../routing/paths.js';
import { documentPath } from '@kring/shared';

/** Props of {@link DocumentBreadcrumb}. */
export interface DocumentBreadcrumbProps {
  readonly slug: string;
  /** The community's name, null while (or if) unknown: the slug is shown instead. */
  readonly communityName: string | null;
  /** Pages above this one in the page tree, top first. */
  readonly ancestors?: readonly { readonly id: string; readonly title: string }[];
}

/**
 * Community › the pages above this one, compact (long names are cut short with an ellipsis; the
 * title line below names this page). Shows the slug while (or if) the community's name is
 * unknown.
 */
export function DocumentBreadcrumb({
  slug,
  communityName,
  ancestors = [],
}: DocumentBreadcrumbProps) {
  const { t } = useTranslation();
  const name = communityName ?? slug;
  return (
    <nav className="kring-breadcrumb kring-doc-breadcrumb" aria-label={t('document.breadcrumb')}>
      <ol className="kring-breadcrumb__list">
        <li>
          <AppLink to={communityPath(slug)}>{name}</AppLink>
        </li>
        {ancestors.map((page) => (
          <li key={page.id}>
            <AppLink to={documentPath(page.id)}>
              {page.title.trim() === '' ? t('document.untitled') : page.title}
            </AppLink>
          </li>
        ))}
      </ol>
    </nav>
  );
}
