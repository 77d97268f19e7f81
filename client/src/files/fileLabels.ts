import type { TFunction } from 'i18next';
import type { FileView } from '@kring/shared';
import { fileExtension, fileKind } from './fileFormat.js';

/** The "Type" of a file for people: "Image (.png)", "Word document (.docx)", "PDF". */
export function fileTypeLabel(t: TFunction, file: Pick<FileView, 'name' | 'contentType'>): string {
  const kind = fileKind(file.contentType, file.name);
  const label = t(`files.kinds.${kind}`);
  const extension = fileExtension(file.name);
  return extension === null || kind === 'pdf'
    ? label
    : t('files.kindWithExtension', { kind: label, extension });
}

/** Who uploaded a file: "Name (Organisation)", or "Unknown" for a removed account. */
export function uploaderLabel(t: TFunction, file: Pick<FileView, 'createdBy'>): string {
  const person = file.createdBy;
  if (person === null) return t('files.unknownUploader');
  return person.organisation.trim() === ''
    ? person.name
    : `${person.name} (${person.organisation})`;
}
