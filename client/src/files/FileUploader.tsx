import { FilePicker } from './FilePicker.js';
import { useId, useRef, useState, type DragEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import type { FileView } from '@kring/shared';
import { Alert } from '../components/Alert.js';
import { FormField } from '../components/form/FormField.js';
import { useFileDropGuard } from './useFileDropGuard.js';
import { useFileUploads, type UploadItem } from './useFileUploads.js';

/** Props of {@link FileUploader}. */
export interface FileUploaderProps {
  readonly slug: string;
  /** Attach the files to this page; null for the community's file area. */
  readonly documentId: string | null;
  /** Called after each file is stored. */
  readonly onUploaded: (file: FileView) => void;
  /** Hint under the field label. */
  readonly hint: string;
}

/** True when a drag carries files (not text or a link being dragged around the page). */
function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer.types).includes('Files');
}

/**
 * Upload of one or more files: a labelled file input and an "Upload files" button (so it works
 * with a keyboard alone); dropping files on the area uploads them too. Each file gets its own
 * progress bar; refusals (too large, type not accepted) are explained per file.
 */
export function FileUploader({ slug, documentId, onUploaded, hint }: FileUploaderProps) {
  const { t } = useTranslation();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [chosen, setChosen] = useState<readonly File[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const dragDepth = useRef(0);
  const uploads = useFileUploads(slug, documentId, onUploaded);
  useFileDropGuard();

  const begin = (files: readonly File[]) => {
    setError(null);
    setChosen([]);
    if (inputRef.current !== null) inputRef.current.value = '';
    uploads.start(files);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (chosen.length === 0) {
      setError(t('files.chooseFirst'));
      buttonRef.current?.focus();
      return;
    }
    begin(chosen);
  };

  const onDragEnter = (event: DragEvent<HTMLFormElement>) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    dragDepth.current += 1;
    setDragging(true);
  };
  const onDragOver = (event: DragEvent<HTMLFormElement>) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  };
  const onDragLeave = (event: DragEvent<HTMLFormElement>) => {
    if (!carriesFiles(event)) return;
    dragDepth.current = Math.max(0, dragDepth.current - 1);
    if (dragDepth.current === 0) setDragging(false);
  };
  const onDrop = (event: DragEvent<HTMLFormElement>) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    dragDepth.current = 0;
    setDragging(false);
    begin(Array.from(event.dataTransfer.files));
  };

  return (
    <form
      className={
        dragging ? 'kring-form kring-dropzone kring-dropzone--active' : 'kring-form kring-dropzone'
      }
      onSubmit={onSubmit}
      onDragEnter={onDragEnter}
      onDragOver={onDragOver}
      onDragLeave={onDragLeave}
      onDrop={onDrop}
      noValidate
    >
      <FormField id={inputId} label={t('files.choose')} hint={hint} error={error}>
        {(control) => (
          <FilePicker
            control={control}
            inputRef={inputRef}
            buttonRef={buttonRef}
            multiple
            chosenNames={chosen.map((file) => file.name)}
            onChange={(files) => {
              setChosen(files);
              setError(null);
            }}
          />
        )}
      </FormField>
      <div className="kring-actions">
        <Button type="submit" purpose="secondary">
          {t('files.upload')}
        </Button>
      </div>
      {dragging && (
        <p className="kring-dropzone__hint" aria-hidden="true">
          {t('files.dropNow')}
        </p>
      )}
      {uploads.items.length > 0 && (
        <ul className="kring-uploads" aria-label={t('files.uploadsLabel')}>
          {uploads.items.map((item) => (
            <UploadRow key={item.key} item={item} />
          ))}
        </ul>
      )}
      <p className="kring-visually-hidden" aria-live="polite">
        {uploads.announcement}
      </p>
    </form>
  );
}

function UploadRow({ item }: { readonly item: UploadItem }) {
  const { t } = useTranslation();
  const progressId = useId();
  if (item.status === 'failed') {
    return (
      <li className="kring-uploads__item">
        <Alert type="error">
          <Paragraph>{item.message}</Paragraph>
        </Alert>
      </li>
    );
  }
  const percent = item.status === 'uploading' ? item.percent : item.status === 'done' ? 100 : 0;
  const state =
    item.status === 'waiting'
      ? t('files.waiting')
      : item.status === 'done'
        ? t('files.done')
        : `${percent}%`;
  return (
    <li className="kring-uploads__item kring-progress">
      <label className="kring-uploads__label" htmlFor={progressId}>
        {t('files.progressOf', { name: item.name })}
      </label>
      <progress id={progressId} max={100} value={percent}>
        {percent}%
      </progress>
      <span className="kring-uploads__state">{state}</span>
    </li>
  );
}
