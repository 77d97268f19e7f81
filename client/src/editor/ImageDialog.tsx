import { FilePicker } from '../files/FilePicker.js';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Editor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { MAX_IMAGE_BYTES, type FileView } from '@kring/shared';
import { api } from '../api/api.js';
import { Alert } from '../components/Alert.js';
import { Dialog } from '../components/Dialog.js';
import { FormField } from '../components/form/FormField.js';
import { TextField } from '../components/form/TextField.js';
import {
  contentTypeOf,
  formatFileSize,
  formatMegabytes,
  IMAGE_ACCEPT,
  imageProblem,
  uploadName,
} from '../files/fileFormat.js';
import { imageProblemMessage, uploadErrorMessage } from '../files/uploadErrorMessage.js';
import { afterDialogCloses } from './insertLink.js';
import { fileSrc } from '@kring/shared';

/** Longest text alternative accepted. */
const MAX_ALT_LENGTH = 500;

/** Props of {@link ImageDialog}. */
export interface ImageDialogProps {
  readonly editor: Editor;
  readonly slug: string;
  readonly documentId: string;
  readonly open: boolean;
  /** An image pasted or dropped into the text; null: the person chooses one in the dialog. */
  readonly file: File | null;
  /** Called for "Cancel", Escape and after inserting. */
  readonly onClose: () => void;
  /** Called after the image was stored as an attachment of the page. */
  readonly onUploaded: (file: FileView) => void;
}

/**
 * "Insert image": choose an image (or take the pasted/dropped one), describe it for people who
 * cannot see it (or mark it decorative), then it is uploaded as an attachment of the page, with
 * progress, and put in the text at the cursor as `<img src="/api/files/<id>" alt="…">`.
 * Type and size are checked before uploading.
 */
export function ImageDialog({ open, onClose, ...rest }: ImageDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} title={t('imageInsert.title')} onClose={onClose}>
      <ImageForm onClose={onClose} {...rest} />
    </Dialog>
  );
}

type Upload =
  | { readonly status: 'idle' }
  | { readonly status: 'uploading'; readonly percent: number }
  | { readonly status: 'failed'; readonly message: string };

interface Problems {
  readonly file?: string;
  readonly alt?: string;
}

/** The problems that are set. */
function withoutUndefined(problems: {
  file?: string | undefined;
  alt?: string | undefined;
}): Problems {
  return {
    ...(problems.file === undefined ? {} : { file: problems.file }),
    ...(problems.alt === undefined ? {} : { alt: problems.alt }),
  };
}

function ImageForm({
  editor,
  slug,
  documentId,
  file: given,
  onClose,
  onUploaded,
}: Omit<ImageDialogProps, 'open'>) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  const id = useId();
  const fileId = `${id}file`;
  const altId = `${id}alt`;
  const decorativeId = `${id}decorative`;
  const progressId = `${id}progress`;
  const fileRef = useRef<HTMLButtonElement>(null);
  const altRef = useRef<HTMLInputElement>(null);
  const abort = useRef<AbortController | null>(null);
  const [file, setFile] = useState<File | null>(given);
  const [alt, setAlt] = useState('');
  const [decorative, setDecorative] = useState(false);
  const [problems, setProblems] = useState<Problems>({});
  const [upload, setUpload] = useState<Upload>({ status: 'idle' });
  const max = formatMegabytes(MAX_IMAGE_BYTES, locale);

  useEffect(() => () => abort.current?.abort(), []);

  const cancel = () => {
    abort.current?.abort();
    onClose();
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (upload.status === 'uploading') return;
    const found: { file?: string; alt?: string } = {};
    if (file === null) found.file = t('imageInsert.errors.choose');
    else {
      const problem = imageProblem(file);
      if (problem !== null)
        found.file = imageProblemMessage(t, problem, file, MAX_IMAGE_BYTES, locale);
    }
    const text = alt.trim();
    if (!decorative && text === '') found.alt = t('imageInsert.errors.alt');
    setProblems(found);
    if (found.file !== undefined || file === null) {
      (given === null ? fileRef.current : altRef.current)?.focus();
      return;
    }
    if (found.alt !== undefined) {
      altRef.current?.focus();
      return;
    }
    const controller = new AbortController();
    abort.current = controller;
    setUpload({ status: 'uploading', percent: 0 });
    api.files
      .upload(slug, file, {
        documentId,
        name: uploadName(file.name),
        contentType: contentTypeOf(file),
        signal: controller.signal,
        onProgress: (fraction) =>
          setUpload({ status: 'uploading', percent: Math.min(100, Math.round(fraction * 100)) }),
      })
      .then(
        (stored) => {
          abort.current = null;
          onUploaded(stored);
          onClose();
          const altText = decorative ? '' : text;
          afterDialogCloses(() => {
            if (editor.isDestroyed || !editor.isEditable) return;
            editor
              .chain()
              .focus()
              .setImage({ src: fileSrc(stored.id), alt: altText })
              .run();
          });
        },
        (failure: unknown) => {
          abort.current = null;
          if (controller.signal.aborted) return;
          setUpload({ status: 'failed', message: uploadErrorMessage(t, failure, file, locale) });
        },
      );
  };

  const uploading = upload.status === 'uploading';
  return (
    <form className="kring-form" onSubmit={onSubmit} noValidate>
      {given === null ? (
        <FormField
          id={fileId}
          label={t('imageInsert.file')}
          hint={t('imageInsert.fileHint', { max })}
          error={problems.file}
        >
          {(control) => (
            <FilePicker
              control={control}
              buttonRef={fileRef}
              accept={IMAGE_ACCEPT}
              autoFocus
              disabled={uploading}
              chosenNames={file === null ? [] : [file.name]}
              onChange={(files) => {
                setFile(files[0] ?? null);
                setProblems(({ alt: altProblem }) => withoutUndefined({ alt: altProblem }));
                setUpload({ status: 'idle' });
              }}
            />
          )}
        </FormField>
      ) : (
        <>
          <Paragraph>
            {t('imageInsert.given', { name: given.name, size: formatFileSize(given.size, locale) })}
          </Paragraph>
          {problems.file !== undefined && (
            <Alert type="error">
              <Paragraph>{problems.file}</Paragraph>
            </Alert>
          )}
        </>
      )}
      <TextField
        id={altId}
        label={t('imageInsert.alt')}
        hint={t('imageInsert.altHint')}
        error={problems.alt}
        value={decorative ? '' : alt}
        onChange={(next) => {
          setAlt(next);
          if (problems.alt !== undefined)
            setProblems(({ file: fileProblem }) => withoutUndefined({ file: fileProblem }));
        }}
        inputRef={altRef}
        inputProps={{
          maxLength: MAX_ALT_LENGTH,
          autoComplete: 'off',
          disabled: decorative || uploading,
          required: !decorative,
          autoFocus: given !== null,
        }}
      />
      <div className="kring-field">
        <label className="kring-choice" htmlFor={decorativeId}>
          <input
            id={decorativeId}
            type="checkbox"
            checked={decorative}
            disabled={uploading}
            onChange={(event) => {
              setDecorative(event.currentTarget.checked);
              setProblems(({ file: fileProblem }) => withoutUndefined({ file: fileProblem }));
            }}
          />
          {t('imageInsert.decorative')}
        </label>
      </div>
      {uploading && (
        <div className="kring-progress">
          <label className="kring-form__label" htmlFor={progressId}>
            {t('files.progressOf', { name: uploadName((file ?? given)?.name ?? '') })}
          </label>
          <progress id={progressId} max={100} value={upload.percent}>
            {upload.percent}%
          </progress>
          <span>{upload.percent}%</span>
        </div>
      )}
      {upload.status === 'failed' && (
        <Alert type="error" role="alert">
          <Paragraph>{upload.message}</Paragraph>
        </Alert>
      )}
      <div className="kring-actions">
        <Button type="submit" purpose="primary" busy={uploading}>
          {t('imageInsert.submit')}
        </Button>
        <Button purpose="secondary" onClick={cancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
