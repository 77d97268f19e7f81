import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api.js';
import { useApiResource } from '../../hooks/useApiResource.js';
import { AppLink } from '../../routing/AppLink.js';
import { communityPath } from '../../routing/paths.js';

/** Props of {@link DocumentBreadcrumb}. */
export interface DocumentBreadcrumbProps {
  readonly slug: string;
  /** The document's shown title (the current page). */
  readonly title: string;
}

/** Communities › community › this document. Shows the slug while (or if) the name is unknown. */
export function DocumentBreadcrumb({ slug, title }: DocumentBreadcrumbProps) {
  const { t } = useTranslation();
  const load = useCallback(() => api.communities.get(slug), [slug]);
  const { resource } = useApiResource(load);
  const name = resource.status === 'ready' ? resource.data.name : slug;
  return (
    <nav className="kring-breadcrumb" aria-label={t('document.breadcrumb')}>
      <ol className="kring-breadcrumb__list">
        <li>
          <AppLink to="/">{t('nav.home')}</AppLink>
        </li>
        <li>
          <AppLink to={communityPath(slug)}>{name}</AppLink>
        </li>
        <li aria-current="page">{title}</li>
      </ol>
    </nav>
  );
}
