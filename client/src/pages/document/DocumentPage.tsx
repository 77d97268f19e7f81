import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import type { DocumentId } from '@kring/shared';
import { useDocumentMeta } from '../../hooks/useDocumentMeta.js';
import { useDocumentSession } from '../../hooks/useDocumentSession.js';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';
import { usePresenceUser } from '../../hooks/usePresenceUser.js';
import { useSession } from '../../hooks/useSession.js';
import { navigate } from '../../routing/history.js';
import { loginPath } from '../../routing/paths.js';
import { documentPath } from '@kring/shared';
import { forgetRecentDocument, rememberOpened } from '../../sync/recentDocuments.js';
import { DocumentUnavailable } from './DocumentUnavailable.js';
import { OpenDocument } from './OpenDocument.js';

/** Props of {@link DocumentPage}. */
export interface DocumentPageProps {
  readonly id: DocumentId;
  /** A search the person came from (`?q=`): the text opens at its first match. */
  readonly query?: string | null;
  /** A comment thread to show (from a notification). */
  readonly thread?: string | null;
}

/**
 * The screen of one document. The content opens from this browser's copy at once and syncs over
 * the websocket (authenticated by the session cookie); the metadata (title, community, access)
 * comes from the API, or from the last copy kept in this browser when offline.
 */
export function DocumentPage({ id, query = null, thread = null }: DocumentPageProps) {
  const session = useSession();
  const user = usePresenceUser();
  const documentSession = useDocumentSession(id, user);
  const meta = useDocumentMeta(id);
  const forbidden = meta.status === 'forbidden';

  useEffect(() => {
    if (forbidden) forgetRecentDocument(id);
    else rememberOpened(id);
  }, [id, forbidden]);

  useEffect(() => {
    // Known to be signed out (the server said so): sign in, then come back here.
    if (session.status === 'signed-out') navigate(loginPath(documentPath(id)), { replace: true });
  }, [session.status, id]);

  if (forbidden) return <DocumentUnavailable reason="forbidden" />;
  if (documentSession === null) return <OpeningDocument />;
  return (
    <OpenDocument
      key={documentSession.id}
      session={documentSession}
      meta={meta}
      user={user}
      query={query}
      thread={thread}
    />
  );
}

/** Shown for the moment before the session exists. */
function OpeningDocument() {
  const { t } = useTranslation();
  useDocumentTitle(t('document.pageTitle', { title: t('document.untitled') }));
  return (
    <div className="kring-page">
      <h1 className="kring-visually-hidden">
        {t('document.heading', { title: t('document.untitled') })}
      </h1>
      <Paragraph>{t('document.opening')}</Paragraph>
    </div>
  );
}
