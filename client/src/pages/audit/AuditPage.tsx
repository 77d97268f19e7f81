import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Link } from '@nl-design-system-candidate/link-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import type { AuditEntryView } from '@kring/shared';
import { api } from '../../api/api.js';
import { Alert } from '../../components/Alert.js';
import { ResourceView } from '../../components/ResourceView.js';
import { apiErrorMessage } from '../../forms/apiErrorMessage.js';
import { useApiResource } from '../../hooks/useApiResource.js';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';
import { AppLink } from '../../routing/AppLink.js';
import { communityPath } from '../../routing/paths.js';
import { NotFoundPage } from '../notFound/NotFoundPage.js';
import { AuditTable } from './AuditTable.js';

/** Entries per page of the audit log. */
export const AUDIT_PAGE_SIZE = 50;

/** Props of {@link AuditPage}. */
export interface AuditPageProps {
  readonly slug: string;
}

/** A community's audit log for its owners: a table, older pages on request, a CSV download. */
export function AuditPage({ slug }: AuditPageProps) {
  const { t } = useTranslation();
  const loadCommunity = useCallback(() => api.communities.get(slug), [slug]);
  const community = useApiResource(loadCommunity);
  const loadFirst = useCallback(() => api.audit.list(slug, { limit: AUDIT_PAGE_SIZE }), [slug]);
  const { resource, reload } = useApiResource(loadFirst);
  const [entries, setEntries] = useState<readonly AuditEntryView[]>([]);
  const [more, setMore] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const name = community.resource.status === 'ready' ? community.resource.data.name : slug;
  useDocumentTitle(t('audit.pageTitle', { community: name }));

  useEffect(() => {
    if (resource.status !== 'ready') return;
    setEntries(resource.data);
    setMore(resource.data.length >= AUDIT_PAGE_SIZE);
  }, [resource]);

  const loadOlder = () => {
    const last = entries[entries.length - 1];
    if (busy || last === undefined) return;
    setBusy(true);
    setError(null);
    api.audit.list(slug, { before: last.id, limit: AUDIT_PAGE_SIZE }).then(
      (page) => {
        setBusy(false);
        setEntries((current) => [...current, ...page]);
        setMore(page.length >= AUDIT_PAGE_SIZE);
      },
      (failure: unknown) => {
        setBusy(false);
        setError(apiErrorMessage(t, failure));
      },
    );
  };

  if (resource.status === 'error' && resource.error.code === 'not_found') return <NotFoundPage />;
  return (
    <div className="kring-page">
      <Paragraph>
        <AppLink to={communityPath(slug)}>{t('audit.back', { community: name })}</AppLink>
      </Paragraph>
      <Heading level={1}>{t('audit.pageHeading', { community: name })}</Heading>
      <Paragraph>
        <Link href={api.audit.csvUrl(slug)} download>
          {t('audit.csv')}
        </Link>
      </Paragraph>
      <ResourceView resource={resource} reload={reload}>
        {() =>
          entries.length === 0 ? (
            <Paragraph>{t('audit.empty')}</Paragraph>
          ) : (
            <>
              <AuditTable entries={entries} caption={t('audit.caption', { community: name })} />
              {error !== null && (
                <Alert type="error" role="alert">
                  {error}
                </Alert>
              )}
              {more && (
                <div className="kring-actions">
                  <Button purpose="secondary" busy={busy} onClick={loadOlder}>
                    {t('audit.older')}
                  </Button>
                </div>
              )}
            </>
          )
        }
      </ResourceView>
    </div>
  );
}
