import { useEffect } from 'react';
import type { PresenceUser } from '@kring/shared';
import type { DocumentMeta } from '../../hooks/useDocumentMeta.js';
import { useDocumentAccess } from '../../hooks/useDocumentAccess.js';
import { useRefreshOnServerChanges } from '../../hooks/useRefreshOnServerChanges.js';
import { useSession } from '../../hooks/useSession.js';
import { useSyncStatus } from '../../hooks/useSyncStatus.js';
import { navigate } from '../../routing/history.js';
import { loginPath } from '../../routing/paths.js';
import { loadSession } from '../../session/sessionActions.js';
import { setSignedOut } from '../../session/sessionStore.js';
import type { DocumentSession } from '../../sync/DocumentSession.js';
import { documentPath } from '@kring/shared';
import { keepLocalEdits } from '../../offline/keepLocalEdits.js';
import { forgetDocumentView } from '../../sync/documentViewCache.js';
import { forgetRecentDocument } from '../../sync/recentDocuments.js';
import { refusalKind } from '../../sync/refusal.js';
import { DocumentUnavailable } from './DocumentUnavailable.js';
import { DocumentView } from './DocumentView.js';

/** Props of {@link OpenDocument}. */
export interface OpenDocumentProps {
  readonly session: DocumentSession;
  readonly meta: DocumentMeta;
  readonly user: PresenceUser;
  /** A search the person came from. */
  readonly query: string | null;
  /** A comment thread to show (from a notification). */
  readonly thread: string | null;
}

/**
 * An open document session, following what the server says about it: read-only or writable
 * (`MESSAGE_ACCESS`), and refusals by close code — 4401 sign in again (and come back), 4403 no
 * access, 4410 deleted (this browser's copy is removed too, unless it holds edits the server never
 * got: those are kept and the person is told).
 */
export function OpenDocument({ session, meta, user, query, thread }: OpenDocumentProps) {
  const status = useSyncStatus(session);
  const access = useDocumentAccess(session);
  const sessionState = useSession();
  const refusal = refusalKind(status.refusedWithCode);
  const { id } = session;
  const { reload, status: metaStatus } = meta;
  const connected = status.connection === 'connected';
  useRefreshOnServerChanges(session, reload);

  useEffect(() => {
    if (refusal === 'unauthenticated') {
      setSignedOut();
      navigate(loginPath(documentPath(id)), { replace: true });
    } else if (refusal === 'forbidden' || refusal === 'deleted') {
      forgetDocumentView(id);
      forgetRecentDocument(id);
      // Edits made here that the server never got stay on this device (downloadable).
      if (session.status.getSnapshot().hasUnsavedChanges) {
        keepLocalEdits(id, meta.view?.communitySlug ?? '', session.title.toString());
      } else if (refusal === 'deleted') void session.forgetLocalCopy();
    }
    // Only a new refusal decides; later metadata must not run this again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [refusal, id, session]);

  useEffect(() => {
    // Opened offline: once the server is reachable again, fetch what could not be fetched.
    if (!connected) return;
    if (sessionState.status === 'unreachable') void loadSession();
    if (metaStatus === 'offline' || metaStatus === 'error') reload();
  }, [connected, sessionState.status, metaStatus, reload]);

  if (refusal === 'forbidden' || refusal === 'deleted') {
    return <DocumentUnavailable reason={refusal} />;
  }
  // Until the server has said, the last known access decides; with none known, editing is
  // allowed (offline-first): the server never applies changes from a read-only connection.
  const readOnly = access === 'read' || (access === 'unknown' && meta.view?.myAccess === 'read');
  return (
    <DocumentView
      session={session}
      user={user}
      status={status}
      access={access}
      readOnly={readOnly}
      meta={meta}
      query={query}
      thread={thread}
    />
  );
}
