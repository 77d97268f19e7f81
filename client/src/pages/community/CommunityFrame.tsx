import { useCallback, type ReactNode } from 'react';
import type { CommunityView } from '@kring/shared';
import { api } from '../../api/api.js';
import { ResourceView } from '../../components/ResourceView.js';
import { useApiResource } from '../../hooks/useApiResource.js';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';
import { NotFoundPage } from '../notFound/NotFoundPage.js';

/** Props of {@link CommunityFrame}. */
export interface CommunityFrameProps {
  readonly slug: string;
  /** The browser tab's title, from the community's name (the slug until it is loaded). */
  readonly title: (name: string) => string;
  /** Extra class of the page, e.g. for a wider layout. */
  readonly className?: string;
  readonly children: (community: CommunityView) => ReactNode;
}

/**
 * Loads a community for one of its screens (overview, files, settings): loading and error lines,
 * "not found" for communities the person cannot see, and the tab title.
 */
export function CommunityFrame({ slug, title, className, children }: CommunityFrameProps) {
  const load = useCallback(() => api.communities.get(slug), [slug]);
  const { resource, reload } = useApiResource(load);
  useDocumentTitle(title(resource.status === 'ready' ? resource.data.name : slug));

  if (resource.status === 'error' && resource.error.code === 'not_found') return <NotFoundPage />;
  return (
    <div className={className === undefined ? 'kring-page' : `kring-page ${className}`}>
      <ResourceView resource={resource} reload={reload}>
        {children}
      </ResourceView>
    </div>
  );
}
