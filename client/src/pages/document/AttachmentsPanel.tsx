import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import type { FileView } from '@kring/shared';
import { api } from '../../api/api.js';
import { DateTime } from '../../components/DateTime.js';
import { ResourceView } from '../../components/ResourceView.js';
import { DeleteFileDialog } from '../../files/DeleteFileDialog.js';
import { FilePreviewDialog } from '../../files/FilePreviewDialog.js';
import { FileUploader } from '../../files/FileUploader.js';
import { FileActions } from '../../files/FileActions.js';
import { formatFileSize } from '../../files/fileFormat.js';
import { fileTypeLabel } from '../../files/fileLabels.js';
import { useApiResource } from '../../hooks/useApiResource.js';

/** Props of {@link AttachmentsPanel}. */
export interface AttachmentsPanelProps {
  readonly slug: string;
  readonly documentId: string;
  /** People who may write attach files (readers see the list only). */
  readonly canUpload: boolean;
  /** Changes when files were attached elsewhere (an image put in the text): the list reloads. */
  readonly version?: number;
}

/**
 * "Attachments": files attached to this page (images in the text among them), each a download
 * link with type and size, a preview of images and PDFs and "Delete" where allowed; writers
 * attach files with the same upload as the file area (button or drag and drop, with progress).
 */
export function AttachmentsPanel({
  slug,
  documentId,
  canUpload,
  version = 0,
}: AttachmentsPanelProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusHeading = useRef(false);
  const load = useCallback(() => api.files.list(slug, documentId), [slug, documentId]);
  const { resource, reload } = useApiResource(load);
  const shownVersion = useRef(version);
  useEffect(() => {
    if (shownVersion.current === version) return;
    shownVersion.current = version;
    reload();
  }, [version, reload]);
  const [preview, setPreview] = useState<FileView | null>(null);
  const [toDelete, setToDelete] = useState<FileView | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const locale = i18n.resolvedLanguage ?? 'en';

  const onDeleted = (file: FileView) => {
    setToDelete(null);
    setAnnouncement(t('files.deleted', { name: file.name }));
    focusHeading.current = true;
    reload();
  };

  useEffect(() => {
    // The row (and its button) is gone once the list has reloaded: go on from the heading.
    if (!focusHeading.current || resource.status === 'loading') return;
    focusHeading.current = false;
    headingRef.current?.focus();
  }, [resource]);

  return (
    <section className="kring-panel" aria-labelledby={headingId}>
      <h2 className="kring-panel__heading" id={headingId} ref={headingRef} tabIndex={-1}>
        {t('attachments.heading')}
      </h2>
      <ResourceView resource={resource} reload={reload}>
        {(files) =>
          files.length === 0 ? (
            <Paragraph className="kring-hint">{t('attachments.empty')}</Paragraph>
          ) : (
            <ul className="kring-attachments" aria-labelledby={headingId}>
              {files.map((file) => (
                <li key={file.id} className="kring-attachments__item">
                  <a className="nl-link kring-attachments__name" href={api.files.url(file.id)}>
                    {file.name}
                  </a>
                  <span className="kring-attachments__meta">
                    {fileTypeLabel(t, file)} · {formatFileSize(file.size, locale)} ·{' '}
                    <DateTime value={file.createdAt} dateOnly />
                  </span>
                  <FileActions
                    file={file}
                    purpose="subtle"
                    className="kring-attachments__actions"
                    onPreview={setPreview}
                    onDelete={setToDelete}
                  />
                </li>
              ))}
            </ul>
          )
        }
      </ResourceView>
      <p className="kring-announcement" aria-live="polite">
        {announcement}
      </p>
      {canUpload && (
        <FileUploader
          slug={slug}
          documentId={documentId}
          onUploaded={reload}
          hint={t('attachments.hint')}
        />
      )}
      <FilePreviewDialog file={preview} onClose={() => setPreview(null)} />
      <DeleteFileDialog file={toDelete} onCancel={() => setToDelete(null)} onDeleted={onDeleted} />
    </section>
  );
}
