import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import type { TagCount } from '@kring/shared';
import { ResourceView } from '../../../components/ResourceView.js';
import type { ApiResource } from '../../../hooks/useApiResource.js';
import { communityPath, communityTagPath } from '../../../routing/paths.js';
import { CurrentLink } from '../CurrentLink.js';

/** Props of {@link TagsSection}. */
export interface TagsSectionProps {
  readonly slug: string;
  readonly tags: ApiResource<TagCount[]>;
  /** The tag the page list is filtered on, if any. */
  readonly selected: string | null;
}

/**
 * "Tags": every tag on the community's readable pages with how many pages have it, most used
 * first. Each is a link (`?tag=`) that shows only those pages in the page list; the current one is
 * marked, and pressing it again shows all pages.
 */
export function TagsSection({ slug, tags, selected }: TagsSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="kring-section kring-card" aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {t('communityScreens.tags.heading')}
      </Heading>
      <ResourceView resource={tags.resource} reload={tags.reload}>
        {(list) =>
          list.length === 0 ? (
            <Paragraph className="kring-hint">{t('communityScreens.tags.empty')}</Paragraph>
          ) : (
            <ul className="kring-tag-cloud" aria-labelledby={headingId}>
              {list.map(({ tag, count }) => (
                <li key={tag}>
                  <CurrentLink
                    to={selected === tag ? communityPath(slug) : communityTagPath(slug, tag)}
                    current={selected === tag}
                    className="kring-tag-cloud__tag"
                  >
                    <span className="kring-tag-cloud__name">{tag}</span>{' '}
                    <span className="kring-visually-hidden">
                      {t('communityScreens.tags.count', { count })}
                    </span>
                    <span className="kring-tag-cloud__count" aria-hidden="true">
                      {count}
                    </span>
                  </CurrentLink>
                </li>
              ))}
            </ul>
          )
        }
      </ResourceView>
    </section>
  );
}
