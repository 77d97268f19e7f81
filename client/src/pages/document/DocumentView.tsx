import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextSelection } from '@tiptap/pm/state';
import { Button } from '@nl-design-system-candidate/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { MAX_IMAGE_BYTES, type PresenceUser, type SyncStatus } from '@kring/shared';
import { api } from '../../api/api.js';
import { Alert } from '../../components/Alert.js';
import { lazyComponent } from '../../components/lazyComponent.js';
import { DocumentEditor } from '../../editor/DocumentEditor.js';
import { TitleField } from '../../editor/TitleField.js';
import { useDocumentEditor } from '../../editor/useDocumentEditor.js';
import { useSearchHighlight } from '../../editor/useSearchHighlight.js';
import { imageProblem, isImageFile } from '../../files/fileFormat.js';
import { useFileDropGuard } from '../../files/useFileDropGuard.js';
import { imageProblemMessage } from '../../files/uploadErrorMessage.js';
import { useApiResource } from '../../hooks/useApiResource.js';
import type { DocumentMeta } from '../../hooks/useDocumentMeta.js';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';
import { useOnceTrue } from '../../hooks/useOnceTrue.js';
import { useSession } from '../../hooks/useSession.js';
import { useUnsavedChangesWarning } from '../../hooks/useUnsavedChangesWarning.js';
import { useYText } from '../../hooks/useYText.js';
import { communityPermissions } from '../../session/permissions.js';
import type { AccessState } from '../../sync/accessMessage.js';
import type { DocumentSession } from '../../sync/DocumentSession.js';
import { rememberTitle } from '../../sync/recentDocuments.js';
import { cacheCommunityName, cachedCommunityName } from '../../session/userCache.js';
import { ancestorsOf } from '../community/pageTree.js';
import { DocumentHeader } from './DocumentHeader.js';
import { DocumentMetaLine } from './DocumentMetaLine.js';
import { DocumentPanel } from './DocumentPanel.js';
import { ReadOnlyNotice } from './ReadOnlyNotice.js';
import { useDocumentPanel } from './useDocumentPanel.js';
import { useComments } from '../../comments/useComments.js';

// Dialogs load when first opened.
const ImageDialog = lazyComponent(() =>
  import('../../editor/ImageDialog.js').then((m) => m.ImageDialog),
);
const PageLinkDialog = lazyComponent(() =>
  import('../../editor/PageLinkDialog.js').then((m) => m.PageLinkDialog),
);

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
  /** A comment thread to show (from a notification): the comments tab opens at it. */
  readonly thread?: string | null;
}

/**
 * An open document, laid out as a writing tool: a compact header row (breadcrumb, people, sync
 * status, star, panel toggle), the title as the first line (a plain heading for readers), one
 * quiet line of metadata, the editor with its toolbar (read-only with a notice when the person
 * may only read; writers insert images, uploaded as attachments), and a toggleable right panel
 * with tabs (see {@link DocumentPanel}).
 */
export function DocumentView(props: DocumentViewProps) {
  const { session, user, status, access, readOnly, meta, query, thread = null } = props;
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
  const panel = useDocumentPanel();
  const comments = useComments(session, handle.editor, session.id);
  const startComment = useCallback(() => {
    if (!comments.startDraft()) return;
    panel.setOpen(true);
    panel.setTab('comments');
  }, [comments, panel]);
  const panelToggle = useRef<HTMLButtonElement>(null);
  const { setActive: setActiveThread } = comments;
  const { setOpen: setPanelOpen, setTab: setPanelTab } = panel;
  useEffect(() => {
    if (thread === null) return;
    setPanelOpen(true);
    setPanelTab('comments');
    setActiveThread(thread);
  }, [thread, setPanelOpen, setPanelTab, setActiveThread]);
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
  const pageLinkMounted = useOnceTrue(pageLinkOpen);
  const imageDialogMounted = useOnceTrue(currentImage !== null);
  const closeImageDialog = useCallback(() => setImages((current) => current.slice(1)), []);
  const onImageUploaded = useCallback(() => setAttachmentsVersion((n) => n + 1), []);

  const place =
    view === null
      ? null
      : {
          slug: view.communitySlug,
          communityName: community?.name ?? cachedCommunityName(view.communitySlug),
          ancestors,
        };

  return (
    <div className={panel.open && panel.wide ? 'kring-doc kring-doc--with-panel' : 'kring-doc'}>
      <div className="kring-doc__main">
        <DocumentHeader
          ref={panelToggle}
          session={session}
          status={status}
          access={access}
          place={place}
          canPin={signedIn.status === 'signed-in' && online && view !== null}
          panelOpen={panel.open}
          onTogglePanel={() => panel.setOpen(!panel.open)}
        />
        {readOnly && (
          <ReadOnlyNotice
            canComment={comments.resource.status === 'ready' && comments.resource.data.canComment}
          />
        )}
        {readOnly ? (
          <h1 className="kring-title-heading">{shownTitle}</h1>
        ) : (
          <>
            <h1 className="kring-visually-hidden">
              {t('document.heading', { title: shownTitle })}
            </h1>
            <TitleField
              text={session.title}
              onEnter={() => {
                // Focus at once (Tiptap's focus waits a frame): fast typing stays in the text.
                handle.editor.view.focus();
                handle.editor.commands.focus('start');
              }}
            />
          </>
        )}
        {view !== null && <DocumentMetaLine view={view} />}
        {/* Printed: the title and text only (see print.css). */}
        <p className="kring-print-title" aria-hidden="true">
          {shownTitle}
        </p>
        <DocumentEditor
          handle={handle}
          readOnly={readOnly}
          onLinkToPage={() => setPageLinkOpen(true)}
          onInsertImage={canInsertImages ? openImageDialog : undefined}
          communitySlug={slug}
          documentId={view?.id ?? null}
          onComment={
            online && comments.resource.status === 'ready' && comments.resource.data.canComment
              ? startComment
              : undefined
          }
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
        <Suspense fallback={null}>
          {view !== null && !readOnly && pageLinkMounted && (
            <PageLinkDialog
              editor={handle.editor}
              slug={view.communitySlug}
              documentId={view.id}
              open={pageLinkOpen}
              onClose={() => setPageLinkOpen(false)}
            />
          )}
          {view !== null && !readOnly && imageDialogMounted && (
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
        </Suspense>
      </div>
      {panel.open && (
        <DocumentPanel
          panel={panel}
          session={session}
          editor={handle.editor}
          view={view}
          title={shownTitle}
          canWrite={canWrite}
          online={online}
          isOwner={isOwner}
          attachmentsVersion={attachmentsVersion}
          comments={comments}
          onViewChanged={meta.update}
          onClosed={() => panelToggle.current?.focus()}
        />
      )}
    </div>
  );
}
