import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { PresenceUser, SyncStatus } from '@kring/shared';
import { DocumentEditor } from '../../editor/DocumentEditor.js';
import { TitleField } from '../../editor/TitleField.js';
import type { DocumentMeta } from '../../hooks/useDocumentMeta.js';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';
import { useUnsavedChangesWarning } from '../../hooks/useUnsavedChangesWarning.js';
import { useYText } from '../../hooks/useYText.js';
import type { AccessState } from '../../sync/accessMessage.js';
import type { DocumentSession } from '../../sync/DocumentSession.js';
import { rememberTitle } from '../../sync/recentDocuments.js';
import { AccessControl } from './AccessControl.js';
import { CopyLinkButton } from './CopyLinkButton.js';
import { DeleteDocument } from './DeleteDocument.js';
import { DocumentBreadcrumb } from './DocumentBreadcrumb.js';
import { PresenceList } from './PresenceList.js';
import { ReadOnlyNotice } from './ReadOnlyNotice.js';
import { SyncStatusView } from './SyncStatusView.js';

/** Props of {@link DocumentView}. */
export interface DocumentViewProps {
  readonly session: DocumentSession;
  readonly user: PresenceUser;
  readonly status: SyncStatus;
  readonly access: AccessState;
  /** No local changes possible: the server (or the last known access) says read-only. */
  readonly readOnly: boolean;
  readonly meta: DocumentMeta;
}

/**
 * An open document: breadcrumb, title, editor (read-only with a notice when the person may only
 * read), and a side panel with status, people, the link and, for managers, access and delete.
 */
export function DocumentView({ session, user, status, access, readOnly, meta }: DocumentViewProps) {
  const { t } = useTranslation();
  const title = useYText(session.title);
  const shownTitle = title.trim() === '' ? t('document.untitled') : title;
  const { view } = meta;
  useDocumentTitle(t('document.pageTitle', { title: shownTitle }));
  useUnsavedChangesWarning(status.hasUnsavedChanges);

  useEffect(() => {
    session.setUser(user);
  }, [session, user]);

  useEffect(() => {
    // Before loading, the title is empty only because nothing has been read yet.
    if (status.loaded) rememberTitle(session.id, title);
  }, [session, status.loaded, title]);

  return (
    <div className="kring-document">
      <div className="kring-document__body">
        {view !== null && <DocumentBreadcrumb slug={view.communitySlug} title={shownTitle} />}
        <h1 className="kring-visually-hidden">{t('document.heading', { title: shownTitle })}</h1>
        {readOnly && <ReadOnlyNotice />}
        <TitleField text={session.title} readOnly={readOnly} />
        <DocumentEditor session={session} user={user} readOnly={readOnly} />
      </div>
      <aside className="kring-document__side" aria-label={t('document.sidebarLabel')}>
        <SyncStatusView status={status} access={access} />
        <PresenceList session={session} />
        <CopyLinkButton />
        {view !== null && view.canManage && (
          <>
            <AccessControl view={view} onChanged={meta.update} />
            <DeleteDocument session={session} view={view} title={shownTitle} />
          </>
        )}
      </aside>
    </div>
  );
}
