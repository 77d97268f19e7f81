import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { api } from '../../api/api.js';
import { DateTime } from '../../components/DateTime.js';
import { ResourceView } from '../../components/ResourceView.js';
import { useApiResource } from '../../hooks/useApiResource.js';
import { AppLink } from '../../routing/AppLink.js';
import { personPath } from '../../routing/paths.js';
import { shareText } from '../people/shareText.js';

/** Props of {@link ContributorsPanel}. */
export interface ContributorsPanelProps {
  readonly documentId: string;
}

/**
 * "Written by": who added how much of this page (as the server recorded it, per account), most
 * first, each a link to their person page.
 */
export function ContributorsPanel({ documentId }: ContributorsPanelProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const load = useCallback(() => api.people.contributors(documentId), [documentId]);
  const { resource, reload } = useApiResource(load);
  return (
    <section className="kring-panel" aria-labelledby={headingId}>
      <h2 className="kring-panel__heading" id={headingId}>
        {t('contributors.heading')}
      </h2>
      <ResourceView resource={resource} reload={reload}>
        {({ contributors }) =>
          contributors.length === 0 ? (
            <Paragraph className="kring-hint">{t('contributors.empty')}</Paragraph>
          ) : (
            <ol className="kring-contributors" aria-labelledby={headingId}>
              {contributors.map((contributor) => (
                <li key={contributor.user.id} className="kring-contributors__item">
                  <span className="kring-contributors__name">
                    <AppLink to={personPath(contributor.user.id)}>{contributor.user.name}</AppLink>
                    {contributor.user.organisation !== '' && ` (${contributor.user.organisation})`}
                  </span>
                  <span className="kring-contributors__share">
                    {t('contributors.share', {
                      share: shareText(contributor.share, i18n.language),
                    })}
                  </span>
                  <span className="kring-hint">
                    {t('contributors.changes', { count: contributor.changes })}
                    {' · '}
                    {t('contributors.last')} <DateTime value={contributor.lastAt} dateOnly />
                  </span>
                </li>
              ))}
            </ol>
          )
        }
      </ResourceView>
    </section>
  );
}
