import { useTranslation } from 'react-i18next';
import type { DocumentView } from '@kring/shared';
import { DateTime } from '../../components/DateTime.js';
import { AppLink } from '../../routing/AppLink.js';
import { communityTagPath } from '../../routing/paths.js';

/** Props of {@link DocumentMetaLine}. */
export interface DocumentMetaLineProps {
  readonly view: DocumentView;
}

/**
 * One quiet line under the title: when the document was changed last and by whom, and its tags
 * (links to the community's pages with that tag). Tags are edited in the panel's Details tab.
 */
export function DocumentMetaLine({ view }: DocumentMetaLineProps) {
  const { t } = useTranslation();
  return (
    <div className="kring-doc-meta">
      <span className="kring-doc-meta__changed">
        {t('document.details.updated')} <DateTime value={view.updatedAt} />
        {view.updatedBy !== null && ` ${t('document.details.by', { name: view.updatedBy.name })}`}
      </span>
      {view.tags.length > 0 && (
        <ul className="kring-doc-meta__tags" aria-label={t('tags.heading')}>
          {view.tags.map((tag) => (
            <li key={tag}>
              <AppLink
                className="kring-doc-meta__tag"
                to={communityTagPath(view.communitySlug, tag)}
              >
                #{tag}
              </AppLink>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
