import { useCallback, useEffect, useId, useMemo, useState } from 'react';
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
import { AuditTable } from './AuditTable.js';

/** Entries per page of the audit log. */
export const AUDIT_PAGE_SIZE = 50;

/** Props of {@link AuditLog}. */
export interface AuditLogProps {
  readonly slug: string;
  readonly communityName: string;
}

/**
 * A community's audit log for its owners (the settings area's "Audit log" tab): a table, older
 * entries on request, a CSV download.
 */
export function AuditLog({ slug, communityName }: AuditLogProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const loadFirst = useCallback(() => api.audit.list(slug, { limit: AUDIT_PAGE_SIZE }), [slug]);
  const { resource, reload } = useApiResource(loadFirst);
  const [entries, setEntries] = useState<readonly AuditEntryView[]>([]);
  const [more, setMore] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Entries name pages by id; show the titles of those the owner can open.
  const loadPages = useCallback(() => api.communities.documents(slug), [slug]);
  const pages = useApiResource(loadPages).resource;
  const titles = useMemo(
    () =>
      new Map(
        pages.status === 'ready'
          ? pages.data
              .filter((page) => page.title.trim() !== '')
              .map((page) => [page.id, page.title] as const)
          : [],
      ),
    [pages],
  );

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

  return (
    <section className="kring-section" aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {t('audit.heading')}
      </Heading>
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
              <AuditTable
                entries={entries}
                caption={t('audit.caption', { community: communityName })}
                titles={titles}
              />
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
    </section>
  );
}
