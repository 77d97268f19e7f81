import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { api } from '../../api/api.js';
import { Alert } from '../../components/Alert.js';
import { DateTime } from '../../components/DateTime.js';
import { ResourceView } from '../../components/ResourceView.js';
import { useApiResource } from '../../hooks/useApiResource.js';
import { useRowAction } from '../../hooks/useRowAction.js';

/** Props of {@link TrashSection}. */
export interface TrashSectionProps {
  readonly slug: string;
  /** Called after a page came back (the page tree reloads). */
  readonly onRestored: () => void;
}

/** The community's trash (pages this person may manage), with "Restore" per page. */
export function TrashSection({ slug, onRestored }: TrashSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const load = useCallback(() => api.communities.trash(slug), [slug]);
  const { resource, reload } = useApiResource(load);
  const { busyId, error, run } = useRowAction();
  const [announcement, setAnnouncement] = useState('');

  return (
    <section className="kring-section" aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {t('trash.heading')}
      </Heading>
      <Paragraph className="kring-hint">{t('trash.intro')}</Paragraph>
      <p className="kring-announcement" aria-live="polite">
        {announcement}
      </p>
      {error !== null && (
        <Alert type="error" role="alert">
          <Paragraph>{error}</Paragraph>
        </Alert>
      )}
      <ResourceView resource={resource} reload={reload}>
        {(documents) =>
          documents.length === 0 ? (
            <Paragraph>{t('trash.empty')}</Paragraph>
          ) : (
            <div className="kring-table-container">
              <table className="kring-table">
                <caption className="kring-table__caption">{t('trash.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('community.documents.title')}</th>
                    <th scope="col">{t('trash.deletedAt')}</th>
                    <th scope="col">{t('members.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {documents.map((document) => {
                    const title =
                      document.title.trim() === '' ? t('document.untitled') : document.title;
                    return (
                      <tr key={document.id}>
                        <th scope="row">{title}</th>
                        <td>
                          {document.deletedAt !== null && <DateTime value={document.deletedAt} />}
                        </td>
                        <td>
                          <Button
                            purpose="secondary"
                            busy={busyId === document.id}
                            aria-label={t('trash.restoreNamed', { title })}
                            onClick={() =>
                              run(
                                document.id,
                                () => api.documents.restore(document.id),
                                () => {
                                  setAnnouncement(t('trash.restored', { title }));
                                  reload();
                                  onRestored();
                                },
                              )
                            }
                          >
                            {t('trash.restore')}
                          </Button>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )
        }
      </ResourceView>
    </section>
  );
}
