import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import type { DocumentId } from '@kring/shared';
import { useDocumentSession } from '../../hooks/useDocumentSession.js';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';
import { usePresenceUser } from '../../hooks/usePresenceUser.js';
import { rememberOpened } from '../../sync/recentDocuments.js';
import { DocumentView } from './DocumentView.js';

/** Props of {@link DocumentPage}. */
export interface DocumentPageProps {
  readonly id: DocumentId;
}

/** The screen of one document: opens its session and shows it once ready. */
export function DocumentPage({ id }: DocumentPageProps) {
  const { t } = useTranslation();
  const user = usePresenceUser();
  const session = useDocumentSession(id, user);
  useDocumentTitle(t('document.pageTitle', { title: t('document.untitled') }));

  useEffect(() => {
    rememberOpened(id);
  }, [id]);

  if (session === null) {
    return (
      <div className="kring-page">
        <h1 className="kring-visually-hidden">
          {t('document.heading', { title: t('document.untitled') })}
        </h1>
        <Paragraph>{t('document.opening')}</Paragraph>
      </div>
    );
  }
  return <DocumentView key={session.id} session={session} user={user} />;
}
