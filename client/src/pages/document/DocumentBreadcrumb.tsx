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
  /** The document's shown title (the current page). */
  readonly title: string;
}

/**
 * Communities › community › the pages above this one › this document. Shows the slug while (or
 * if) the community's name is unknown.
 */
export function DocumentBreadcrumb({
  slug,
  communityName,
  ancestors = [],
  title,
}: DocumentBreadcrumbProps) {
  const { t } = useTranslation();
  const name = communityName ?? slug;
  return (
    <nav className="kring-breadcrumb" aria-label={t('document.breadcrumb')}>
      <ol className="kring-breadcrumb__list">
        <li>
          <AppLink to="/">{t('nav.home')}</AppLink>
        </li>
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
        <li aria-current="page">{title}</li>
      </ol>
    </nav>
  );
}
