import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import type { DocumentView, FileView } from '@kring/shared';
import { api } from '../../api/api.js';
import { DateTime } from '../../components/DateTime.js';
import { ResourceView } from '../../components/ResourceView.js';
import { DeleteFileDialog } from '../../files/DeleteFileDialog.js';
import { FilePreviewDialog } from '../../files/FilePreviewDialog.js';
import { FileUploader } from '../../files/FileUploader.js';
import { FileActions } from '../../files/FileActions.js';
import { formatFileSize } from '../../files/fileFormat.js';
import { fileTypeLabel, uploaderLabel } from '../../files/fileLabels.js';
import { useApiResource } from '../../hooks/useApiResource.js';
import { AppLink } from '../../routing/AppLink.js';
import { documentPath } from '@kring/shared';

/** Props of {@link FilesSection}. */
export interface FilesSectionProps {
  readonly slug: string;
  readonly communityName: string;
  /** Owners and editors upload to the file area. */
  readonly canUpload: boolean;
  /** The community's pages, to name the page a file is attached to. */
  readonly pages: readonly DocumentView[];
}

/**
 * "Files": the community's file area. Owners and editors upload (button or drag and drop, with
 * progress per file); everyone sees a table of the files they may read (the file area's and the
 * pages' attachments) with a download link, type, size, the page it belongs to, who uploaded it
 * and when, a preview of images and PDFs, and "Delete" where allowed.
 */
export function FilesSection({ slug, communityName, canUpload, pages }: FilesSectionProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusHeading = useRef(false);
  const load = useCallback(() => api.files.list(slug), [slug]);
  const { resource, reload } = useApiResource(load);
  const [preview, setPreview] = useState<FileView | null>(null);
  const [toDelete, setToDelete] = useState<FileView | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const locale = i18n.resolvedLanguage ?? 'en';
  const pageTitle = (id: string) => {
    const title = pages.find((page) => page.id === id)?.title.trim() ?? '';
    return title === '' ? t('document.untitled') : title;
  };

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
    <section className="kring-section" aria-labelledby={headingId}>
      <Heading level={2} id={headingId} ref={headingRef} tabIndex={-1}>
        {t('files.heading')}
      </Heading>
      <Paragraph className="kring-hint">{t('files.intro')}</Paragraph>
      {canUpload && (
        <FileUploader slug={slug} documentId={null} onUploaded={reload} hint={t('files.hint')} />
      )}
      <p className="kring-announcement" aria-live="polite">
        {announcement}
      </p>
      <ResourceView resource={resource} reload={reload}>
        {(files) =>
          files.length === 0 ? (
            <Paragraph>{t('files.empty')}</Paragraph>
          ) : (
            <div className="kring-table-container">
              <table className="kring-table kring-files">
                <caption className="kring-table__caption">
                  {t('files.caption', { community: communityName })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('files.name')}</th>
                    <th scope="col">{t('files.type')}</th>
                    <th scope="col">{t('files.size')}</th>
                    <th scope="col">{t('files.belongsTo')}</th>
                    <th scope="col">{t('files.uploadedBy')}</th>
                    <th scope="col">{t('files.uploadedAt')}</th>
                    <th scope="col">{t('members.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {files.map((file) => (
                    <tr key={file.id}>
                      <th scope="row" className="kring-files__name">
                        <a className="nl-link" href={api.files.url(file.id)}>
                          {file.name}
                        </a>
                      </th>
                      <td>{fileTypeLabel(t, file)}</td>
                      <td className="kring-files__size">{formatFileSize(file.size, locale)}</td>
                      <td>
                        {file.documentId === null ? (
                          t('files.fileArea')
                        ) : (
                          <AppLink to={documentPath(file.documentId)}>
                            {pageTitle(file.documentId)}
                          </AppLink>
                        )}
                      </td>
                      <td>{uploaderLabel(t, file)}</td>
                      <td>
                        <DateTime value={file.createdAt} />
                      </td>
                      <td>
                        <FileActions
                          file={file}
                          purpose="secondary"
                          className="kring-files__actions"
                          onPreview={setPreview}
                          onDelete={setToDelete}
                        />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </ResourceView>
      <FilePreviewDialog file={preview} onClose={() => setPreview(null)} />
      <DeleteFileDialog file={toDelete} onCancel={() => setToDelete(null)} onDeleted={onDeleted} />
    </section>
  );
}
