import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { api } from '../../api/api.js';
import { Alert } from '../../components/Alert.js';
import { DateTime } from '../../components/DateTime.js';
import { ResourceView } from '../../components/ResourceView.js';
import { apiErrorMessage } from '../../forms/apiErrorMessage.js';
import { useApiResource } from '../../hooks/useApiResource.js';
import { AppLink } from '../../routing/AppLink.js';
import { navigate } from '../../routing/history.js';
import { documentPath, newDocumentId } from '../../sync/documentId.js';
import { cacheDocumentView } from '../../sync/documentViewCache.js';

/** Props of {@link DocumentsSection}. */
export interface DocumentsSectionProps {
  readonly slug: string;
  /** Show "New document" (owners and editors). */
  readonly canCreate: boolean;
}

/** The community's documents the person may open, and "New document". */
export function DocumentsSection({ slug, canCreate }: DocumentsSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const load = useCallback(() => api.communities.documents(slug), [slug]);
  const { resource, reload } = useApiResource(load);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const create = () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    // The id is made here, so that retrying after a lost answer cannot create a second document.
    api.communities.createDocument(slug, { id: newDocumentId() }).then(
      (view) => {
        cacheDocumentView(view);
        navigate(documentPath(view.id));
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
        {t('community.documents.heading')}
      </Heading>
      {canCreate && (
        <div className="kring-actions">
          <Button purpose="primary" busy={busy} onClick={create}>
            {t('community.documents.new')}
          </Button>
        </div>
      )}
      {error !== null && (
        <Alert type="error" role="alert">
          <Paragraph>{error}</Paragraph>
        </Alert>
      )}
      <ResourceView resource={resource} reload={reload}>
        {(documents) =>
          documents.length === 0 ? (
            <Paragraph>{t('community.documents.empty')}</Paragraph>
          ) : (
            <div className="kring-table-container">
              <table className="kring-table">
                <caption className="kring-table__caption">
                  {t('community.documents.caption')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('community.documents.title')}</th>
                    <th scope="col">{t('community.documents.updated')}</th>
                    <th scope="col">{t('community.documents.access')}</th>
                  </tr>
                </thead>
                <tbody>
                  {documents.map((document) => (
                    <tr key={document.id}>
                      <th scope="row">
                        <AppLink to={documentPath(document.id)}>
                          {document.title.trim() === '' ? t('document.untitled') : document.title}
                        </AppLink>
                      </th>
                      <td>
                        <DateTime value={document.updatedAt} />
                      </td>
                      <td>
                        {document.restrictedTo === null
                          ? t('community.documents.everyone')
                          : t('community.documents.restricted', {
                              count: document.restrictedTo.length,
                            })}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </ResourceView>
    </section>
  );
}
