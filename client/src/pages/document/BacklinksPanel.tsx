import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { api } from '../../api/api.js';
import { ResourceView } from '../../components/ResourceView.js';
import { useApiResource } from '../../hooks/useApiResource.js';
import { AppLink } from '../../routing/AppLink.js';
import { documentPath } from '@kring/shared';

/** Props of {@link BacklinksPanel}. */
export interface BacklinksPanelProps {
  readonly documentId: string;
}

/** "Referenced by": the pages (that this person may read) linking to this one. */
export function BacklinksPanel({ documentId }: BacklinksPanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const load = useCallback(() => api.documents.backlinks(documentId), [documentId]);
  const { resource, reload } = useApiResource(load);
  return (
    <section className="kring-panel" aria-labelledby={headingId}>
      <h2 className="kring-panel__heading" id={headingId}>
        {t('backlinks.heading')}
      </h2>
      <ResourceView resource={resource} reload={reload}>
        {(documents) =>
          documents.length === 0 ? (
            <Paragraph className="kring-hint">{t('backlinks.empty')}</Paragraph>
          ) : (
            <ul className="kring-link-list" aria-labelledby={headingId}>
              {documents.map((document) => (
                <li key={document.id}>
                  <AppLink to={documentPath(document.id)}>
                    {document.title.trim() === '' ? t('document.untitled') : document.title}
                  </AppLink>
                </li>
              ))}
            </ul>
          )
        }
      </ResourceView>
    </section>
  );
}
