import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { PresenceUser } from '@kring/shared';
import { DocumentEditor } from '../../editor/DocumentEditor.js';
import { TitleField } from '../../editor/TitleField.js';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';
import { useSyncStatus } from '../../hooks/useSyncStatus.js';
import { useUnsavedChangesWarning } from '../../hooks/useUnsavedChangesWarning.js';
import { useYText } from '../../hooks/useYText.js';
import type { DocumentSession } from '../../sync/DocumentSession.js';
import { rememberTitle } from '../../sync/recentDocuments.js';
import { CopyLinkButton } from './CopyLinkButton.js';
import { NameForm } from './NameForm.js';
import { PresenceList } from './PresenceList.js';
import { SyncStatusView } from './SyncStatusView.js';

/** Props of {@link DocumentView}. */
export interface DocumentViewProps {
  readonly session: DocumentSession;
  readonly user: PresenceUser;
}

/** An open document: title, editor, and a side panel with status, people and your name. */
export function DocumentView({ session, user }: DocumentViewProps) {
  const { t } = useTranslation();
  const status = useSyncStatus(session);
  const title = useYText(session.title);
  const shownTitle = title.trim() === '' ? t('document.untitled') : title;
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
        <h1 className="kring-visually-hidden">{t('document.heading', { title: shownTitle })}</h1>
        <TitleField text={session.title} />
        <DocumentEditor session={session} user={user} />
      </div>
      <aside className="kring-document__side" aria-label={t('document.sidebarLabel')}>
        <SyncStatusView status={status} />
        <PresenceList session={session} />
        <NameForm />
        <CopyLinkButton />
      </aside>
    </div>
  );
}
