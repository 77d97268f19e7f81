import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import type { DocumentView } from '@kring/shared';
import { api } from '../../api/api.js';
import { Alert } from '../../components/Alert.js';
import { DateTime } from '../../components/DateTime.js';
import { ResourceView } from '../../components/ResourceView.js';
import { apiErrorMessage } from '../../forms/apiErrorMessage.js';
import { useApiResource } from '../../hooks/useApiResource.js';
import { AppLink } from '../../routing/AppLink.js';
import { documentPath } from '@kring/shared';

/** Changed pages shown before "Show all": the overview stays an overview. */
export const CHANGES_SHOWN = 5;

/** Props of {@link ChangesSection}. */
export interface ChangesSectionProps {
  readonly slug: string;
}

/**
 * "What changed since your last visit": the pages changed since then, newest first, with who
 * changed them; "Mark as seen" starts the count again. On a first visit: the latest changes.
 */
export function ChangesSection({ slug }: ChangesSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const load = useCallback(() => api.communities.changes(slug), [slug]);
  const { resource, reload } = useApiResource(load);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [showAll, setShowAll] = useState(false);
  const since = resource.status === 'ready' ? resource.data.since : null;

  const markSeen = () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    api.communities.visit(slug).then(
      () => {
        setBusy(false);
        setAnnouncement(t('changes.marked'));
        reload();
      },
      (failure: unknown) => {
        setBusy(false);
        setError(apiErrorMessage(t, failure));
      },
    );
  };

  return (
    <section className="kring-section" aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {since === null ? t('changes.headingFirst') : t('changes.heading')}
      </Heading>
      {since !== null && (
        <Paragraph className="kring-hint">
          {t('changes.since')} <DateTime value={since} />
        </Paragraph>
      )}
      <p className="kring-announcement" aria-live="polite">
        {announcement}
      </p>
      {error !== null && (
        <Alert type="error" role="alert">
          <Paragraph>{error}</Paragraph>
        </Alert>
      )}
      <ResourceView resource={resource} reload={reload}>
        {({ documents }) => (
          <>
            {documents.length === 0 ? (
              <Paragraph>{t('changes.none')}</Paragraph>
            ) : (
              <ChangeList
                documents={showAll ? documents : documents.slice(0, CHANGES_SHOWN)}
                labelledBy={headingId}
              />
            )}
            <div className="kring-actions">
              {documents.length > CHANGES_SHOWN && (
                <Button
                  purpose="subtle"
                  aria-expanded={showAll}
                  onClick={() => setShowAll((shown) => !shown)}
                >
                  {showAll
                    ? t('communityScreens.changes.fewer')
                    : t('communityScreens.changes.all', { count: documents.length })}
                </Button>
              )}
              <Button purpose="subtle" busy={busy} onClick={markSeen}>
                {t('changes.markSeen')}
              </Button>
            </div>
          </>
        )}
      </ResourceView>
    </section>
  );
}

interface ChangeListProps {
  readonly documents: readonly DocumentView[];
  readonly labelledBy: string;
}

/** Changed pages with who changed them last and when. */
export function ChangeList({ documents, labelledBy }: ChangeListProps) {
  const { t } = useTranslation();
  return (
    <ul className="kring-changes" aria-labelledby={labelledBy}>
      {documents.map((document) => (
        <li key={document.id} className="kring-changes__item">
          <AppLink to={documentPath(document.id)} className="kring-changes__link">
            {document.title.trim() === '' ? t('document.untitled') : document.title}
          </AppLink>
          <span className="kring-changes__meta">
            {document.updatedBy === null
              ? t('changes.changed')
              : t('changes.changedBy', {
                  name:
                    document.updatedBy.organisation === ''
                      ? document.updatedBy.name
                      : `${document.updatedBy.name} (${document.updatedBy.organisation})`,
                })}{' '}
            <DateTime value={document.updatedAt} />
          </span>
        </li>
      ))}
    </ul>
  );
}
