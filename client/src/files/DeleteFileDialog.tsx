import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import type { FileView } from '@kring/shared';
import { api } from '../api/api.js';
import { Alert } from '../components/Alert.js';
import { ConfirmDialog } from '../components/ConfirmDialog.js';
import { apiErrorMessage } from '../forms/apiErrorMessage.js';
import { previewKind } from './fileFormat.js';

/** Props of {@link DeleteFileDialog}. */
export interface DeleteFileDialogProps {
  /** The file to delete; null while the dialog is closed. */
  readonly file: FileView | null;
  readonly onCancel: () => void;
  /** Called after the server deleted it. */
  readonly onDeleted: (file: FileView) => void;
}

/** "Delete “name”?" with "Yes, delete"; a failure is shown in the dialog. */
export function DeleteFileDialog({ file, onCancel, onDeleted }: DeleteFileDialogProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const cancel = () => {
    setError(null);
    onCancel();
  };

  const confirm = () => {
    if (file === null || busy) return;
    setBusy(true);
    setError(null);
    api.files.delete(file.id).then(
      () => {
        setBusy(false);
        onDeleted(file);
      },
      (failure: unknown) => {
        setBusy(false);
        setError(apiErrorMessage(t, failure));
      },
    );
  };

  return (
    <ConfirmDialog
      open={file !== null}
      title={file === null ? '' : t('files.deleteTitle', { name: file.name })}
      confirmLabel={t('files.deleteConfirm')}
      onConfirm={confirm}
      onCancel={cancel}
      busy={busy}
    >
      <Paragraph>
        {file !== null && previewKind(file.contentType) === 'image'
          ? t('files.deleteImageBody')
          : t('files.deleteBody')}
      </Paragraph>
      {error !== null && (
        <Alert type="error" role="alert">
          <Paragraph>{error}</Paragraph>
        </Alert>
      )}
    </ConfirmDialog>
  );
}
