import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import type { FileView } from '@kring/shared';
import { api } from '../api/api.js';
import { Dialog } from '../components/Dialog.js';
import { previewKind } from './fileFormat.js';

/** Props of {@link FilePreviewDialog}. */
export interface FilePreviewDialogProps {
  /** The file shown; null while the dialog is closed. */
  readonly file: FileView | null;
  readonly onClose: () => void;
}

/**
 * A modal preview of an image (`<img>` with the file name as text alternative) or a PDF (the
 * browser's viewer in a titled frame), both from `/api/files/<id>`, which checks permission on
 * every request. "Close" has focus first; a download link is offered too.
 */
export function FilePreviewDialog({ file, onClose }: FilePreviewDialogProps) {
  const { t } = useTranslation();
  const kind = file === null ? null : previewKind(file.contentType);
  return (
    <Dialog
      open={file !== null}
      title={file === null ? '' : t('files.previewTitle', { name: file.name })}
      onClose={onClose}
      className="kring-dialog--wide"
    >
      {file !== null && (
        <div className="kring-preview">
          <div className="kring-actions">
            <Button purpose="secondary" onClick={onClose} autoFocus>
              {t('common.close')}
            </Button>
            <a className="nl-link" href={api.files.downloadUrl(file.id)} download={file.name}>
              {t('files.downloadNamed', { name: file.name })}
            </a>
          </div>
          {kind === 'image' && (
            <img className="kring-preview__image" src={api.files.url(file.id)} alt={file.name} />
          )}
          {kind === 'pdf' && (
            <iframe
              className="kring-preview__frame"
              title={file.name}
              src={api.files.url(file.id)}
            />
          )}
        </div>
      )}
    </Dialog>
  );
}
