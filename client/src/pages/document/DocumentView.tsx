import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextSelection } from '@tiptap/pm/state';
import { Button } from '@nl-design-system-candidate/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { MAX_IMAGE_BYTES, type PresenceUser, type SyncStatus } from '@kring/shared';
import { api } from '../../api/api.js';
import { Alert } from '../../components/Alert.js';
import { DocumentEditor } from '../../editor/DocumentEditor.js';
import { ImageDialog } from '../../editor/ImageDialog.js';
import { PageLinkDialog } from '../../editor/PageLinkDialog.js';
import { TableOfContents } from '../../editor/TableOfContents.js';
import { TitleField } from '../../editor/TitleField.js';
import { useDocumentEditor } from '../../editor/useDocumentEditor.js';
import { useSearchHighlight } from '../../editor/useSearchHighlight.js';
import { imageProblem, isImageFile } from '../../files/fileFormat.js';
import { useFileDropGuard } from '../../files/useFileDropGuard.js';
import { imageProblemMessage } from '../../files/uploadErrorMessage.js';
import { useApiResource } from '../../hooks/useApiResource.js';
import type { DocumentMeta } from '../../hooks/useDocumentMeta.js';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';
import { useSession } from '../../hooks/useSession.js';
import { useUnsavedChangesWarning } from '../../hooks/useUnsavedChangesWarning.js';
import { useYText } from '../../hooks/useYText.js';
import { communityPermissions } from '../../session/permissions.js';
import type { AccessState } from '../../sync/accessMessage.js';
import type { DocumentSession } from '../../sync/DocumentSession.js';
import { rememberTitle } from '../../sync/recentDocuments.js';
import { cacheCommunityName, cachedCommunityName } from '../../session/userCache.js';
import { ancestorsOf } from '../community/pageTree.js';
import { AccessControl } from './AccessControl.js';
import { AttachmentsPanel } from './AttachmentsPanel.js';
import { BacklinksPanel } from './BacklinksPanel.js';
import { CopyLinkButton } from './CopyLinkButton.js';
import { DeleteDocument } from './DeleteDocument.js';
import { DocumentBreadcrumb } from './DocumentBreadcrumb.js';
import { DocumentDetails } from './DocumentDetails.js';
import { ExportPanel } from './ExportPanel.js';
import { HistoryPanel } from './HistoryPanel.js';
import { PresenceList } from './PresenceList.js';
import { ReadOnlyNotice } from './ReadOnlyNotice.js';
import { SaveAsTemplate } from './SaveAsTemplate.js';
import { SyncStatusView } from './SyncStatusView.js';
import { TagsPanel } from './TagsPanel.js';

/** One "Insert image" dialog to show: for a pasted or dropped image, or to choose one. */
interface ImageRequest {
  readonly key: number;
  readonly file: File | null;
}

let imageRequests = 0;

/** Props of {@link DocumentView}. */
export interface DocumentViewProps {
  readonly session: DocumentSession;
  readonly user: PresenceUser;
  readonly status: SyncStatus;
  readonly access: AccessState;
  /** No local changes possible: the server (or the last known access) says read-only. */
  readonly readOnly: boolean;
  readonly meta: DocumentMeta;
  /** A search the person came from: the text opens at its first match. */
  readonly query: string | null;
}

/**
 * An open document: breadcrumb, title, details, editor (read-only with a notice when the person
 * may only read; writers insert images, uploaded as attachments), and a side panel with status,
 * people, contents, tags, attachments, links to here, history, downloads and, for managers,
 * access, "Save as template" and "Move to trash".
 */
export function DocumentView(props: DocumentViewProps) {
  const { session, user, status, access, readOnly, meta, query } = props;
  const { t, i18n } = useTranslation();
  const title = useYText(session.title);
  const shownTitle = title.trim() === '' ? t('document.untitled') : title;
  const { view } = meta;
  const handle = useDocumentEditor(session, user, readOnly);
  const [pageLinkOpen, setPageLinkOpen] = useState(false);
  const [images, setImages] = useState<readonly ImageRequest[]>([]);
  const [editorMessages, setEditorMessages] = useState<readonly string[]>([]);
  const [attachmentsVersion, setAttachmentsVersion] = useState(0);
  const signedIn = useSession();
  const slug = view?.communitySlug ?? null;
  const loadCommunity = useCallback(
    () => (slug === null ? Promise.resolve(null) : api.communities.get(slug)),
    [slug],
  );
  const { resource: communityResource } = useApiResource(loadCommunity);
  const community = communityResource.status === 'ready' ? communityResource.data : null;
  useEffect(() => {
    if (community !== null) cacheCommunityName(community.slug, community.name);
  }, [community]);
  const loadPages = useCallback(
    () => (slug === null ? Promise.resolve([]) : api.communities.documents(slug)),
    [slug],
  );
  const { resource: pagesResource } = useApiResource(loadPages);
  const ancestors = useMemo(
    () =>
      pagesResource.status === 'ready' && view !== null
        ? ancestorsOf(pagesResource.data, view.id)
        : [],
    [pagesResource, view],
  );
  const isOwner =
    community !== null &&
    signedIn.status === 'signed-in' &&
    communityPermissions(community, signedIn.user).manage;
  useDocumentTitle(t('document.pageTitle', { title: shownTitle }));
  useUnsavedChangesWarning(status.hasUnsavedChanges);
  useSearchHighlight(handle.editor, query, status.loaded);
  useFileDropGuard();

  useEffect(() => {
    session.setUser(user);
  }, [session, user]);

  useEffect(() => {
    // Before loading, the title is empty only because nothing has been read yet.
    if (status.loaded) rememberTitle(session.id, title);
  }, [session, status.loaded, title]);

  const canWrite = !readOnly && view?.myAccess === 'write';
  // Panels that only the server can fill stay away while it cannot be reached.
  const online = meta.status !== 'offline';
  // Images are uploaded as attachments of the page: that needs the server and its community.
  const canInsertImages = !readOnly && view !== null && online;
  const locale = i18n.resolvedLanguage ?? 'en';

  const openImageDialog = useCallback(() => {
    setEditorMessages([]);
    if (!canInsertImages) {
      setEditorMessages([t('imageInsert.unavailable')]);
      return;
    }
    setImages((current) => (current.length > 0 ? current : [{ key: ++imageRequests, file: null }]));
  }, [canInsertImages, t]);

  useEffect(() => {
    const { slashMenu, imageFiles, editor } = handle;
    slashMenu.onLinkToPage = () => setPageLinkOpen(true);
    slashMenu.onInsertImage = openImageDialog;
    imageFiles.onFiles = (files, position) => {
      if (!canInsertImages) {
        setEditorMessages([t('imageInsert.unavailable')]);
        return;
      }
      const messages: string[] = [];
      const accepted: File[] = [];
      for (const file of files) {
        if (!isImageFile(file)) {
          messages.push(t('imageInsert.notAnImage', { name: file.name }));
          continue;
        }
        const problem = imageProblem(file);
        if (problem === null) accepted.push(file);
        else messages.push(imageProblemMessage(t, problem, file, MAX_IMAGE_BYTES, locale));
      }
      setEditorMessages(messages);
      if (accepted.length === 0) return;
      if (position !== null && !editor.isDestroyed) {
        const { state } = editor;
        const place = Math.max(0, Math.min(position, state.doc.content.size));
        editor.view.dispatch(state.tr.setSelection(TextSelection.near(state.doc.resolve(place))));
      }
      setImages((current) => [
        ...current,
        ...accepted.map((file) => ({ key: ++imageRequests, file })),
      ]);
    };
    return () => {
      slashMenu.onLinkToPage = null;
      slashMenu.onInsertImage = null;
      imageFiles.onFiles = null;
    };
  }, [handle, openImageDialog, canInsertImages, t, locale]);

  const currentImage = images[0] ?? null;
  const closeImageDialog = useCallback(() => setImages((current) => current.slice(1)), []);
  const onImageUploaded = useCallback(() => setAttachmentsVersion((n) => n + 1), []);

  return (
    <div className="kring-document">
      <div className="kring-document__body">
        {view !== null && (
          <DocumentBreadcrumb
            slug={view.communitySlug}
            communityName={community?.name ?? cachedCommunityName(view.communitySlug)}
            ancestors={ancestors}
            title={shownTitle}
          />
        )}
        <h1 className="kring-visually-hidden">{t('document.heading', { title: shownTitle })}</h1>
        {readOnly && <ReadOnlyNotice />}
        <TitleField text={session.title} readOnly={readOnly} />
        {view !== null && <DocumentDetails view={view} />}
        {/* Printed: the title and text only (see print.css). */}
        <p className="kring-print-title" aria-hidden="true">
          {shownTitle}
        </p>
        <DocumentEditor
          handle={handle}
          readOnly={readOnly}
          onLinkToPage={() => setPageLinkOpen(true)}
          onInsertImage={canInsertImages ? openImageDialog : undefined}
        />
        <div className="kring-editor-messages" aria-live="polite">
          {editorMessages.length > 0 && (
            <Alert type="warning">
              {editorMessages.map((message, index) => (
                // The same message may appear twice (two files of the same name).
                <Paragraph key={index}>{message}</Paragraph>
              ))}
              <div>
                <Button purpose="secondary" onClick={() => setEditorMessages([])}>
                  {t('common.close')}
                </Button>
              </div>
            </Alert>
          )}
        </div>
        {view !== null && !readOnly && (
          <PageLinkDialog
            editor={handle.editor}
            slug={view.communitySlug}
            documentId={view.id}
            open={pageLinkOpen}
            onClose={() => setPageLinkOpen(false)}
          />
        )}
        {view !== null && !readOnly && (
          <ImageDialog
            key={currentImage?.key ?? 0}
            editor={handle.editor}
            slug={view.communitySlug}
            documentId={view.id}
            open={currentImage !== null}
            file={currentImage?.file ?? null}
            onClose={closeImageDialog}
            onUploaded={onImageUploaded}
          />
        )}
      </div>
      <aside className="kring-document__side" aria-label={t('document.sidebarLabel')}>
        <SyncStatusView status={status} access={access} />
        <PresenceList session={session} />
        <TableOfContents editor={handle.editor} />
        <CopyLinkButton />
        {view !== null && (
          <TagsPanel view={view} canEdit={canWrite && online} onChanged={meta.update} />
        )}
        {view !== null && online && (
          <>
            <AttachmentsPanel
              slug={view.communitySlug}
              documentId={view.id}
              canUpload={canWrite}
              version={attachmentsVersion}
            />
            <BacklinksPanel documentId={view.id} />
            <HistoryPanel view={view} editor={handle.editor} canWrite={canWrite} />
            <ExportPanel documentId={view.id} />
          </>
        )}
        {view !== null && isOwner && <SaveAsTemplate view={view} title={shownTitle} />}
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
