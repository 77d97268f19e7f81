import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import type { FileView } from '@kring/shared';
import { previewKind } from './fileFormat.js';

/** Props of {@link FileActions}. */
export interface FileActionsProps {
  readonly file: FileView;
  /** Button style: `secondary` in tables, `subtle` in the side panel. */
  readonly purpose: 'secondary' | 'subtle';
  readonly className: string;
  readonly onPreview: (file: FileView) => void;
  readonly onDelete: (file: FileView) => void;
}

/** "Preview" (images, PDFs) and "Delete" (when allowed) for one file; nothing when neither applies. */
export function FileActions({ file, purpose, className, onPreview, onDelete }: FileActionsProps) {
  const { t } = useTranslation();
  const previewable = previewKind(file.contentType) !== null;
  if (!previewable && !file.canDelete) return null;
  return (
    <span className={className}>
      {previewable && (
        <Button
          purpose={purpose}
          aria-label={t('files.previewNamed', { name: file.name })}
          onClick={() => onPreview(file)}
        >
          {t('files.preview')}
        </Button>
      )}
      {file.canDelete && (
        <Button
          purpose={purpose}
          hint="negative"
          aria-label={t('files.deleteNamed', { name: file.name })}
          onClick={() => onDelete(file)}
        >
          {t('files.delete')}
        </Button>
      )}
    </span>
  );
}
