import { FilePicker } from '../../files/FilePicker.js';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import type { DocumentView } from '@kring/shared';
import { api, apiClient } from '../../api/api.js';
import { IMPORT_ACCEPT, importContentType, uploadFile } from '../../api/upload.js';
import { zipMarkdownFolder } from './folderArchive.js';
import { Alert } from '../../components/Alert.js';
import { apiErrorMessage } from '../../forms/apiErrorMessage.js';
import { AppLink } from '../../routing/AppLink.js';
import { documentPath } from '@kring/shared';
import { buildTree, type TreeNode } from './pageTree.js';

/** Props of {@link TransferSection}. */
export interface TransferSectionProps {
  readonly slug: string;
  readonly communityName: string;
  /** The community's pages (for "Place under"). */
  readonly pages: readonly DocumentView[];
  /** Owners and editors import. */
  readonly canImport: boolean;
  /** Called after an import created pages (the page tree reloads). */
  readonly onImported: () => void;
}

/** Pages in tree order with their depth, for a select. */
function flatten(nodes: readonly TreeNode[], depth = 0): { page: DocumentView; depth: number }[] {
  return nodes.flatMap((node) => [
    { page: node.page, depth },
    ...flatten(node.children, depth + 1),
  ]);
}

type UploadState =
  | { readonly status: 'idle' }
  | { readonly status: 'uploading'; readonly percent: number }
  | { readonly status: 'done'; readonly created: readonly DocumentView[] }
  | { readonly status: 'failed'; readonly message: string };

/**
 * "Import and export": everyone downloads the community as a zip of Markdown files; editors
 * import a Markdown file, a zip of them (folders become sub-pages) or a Word document, with
 * upload progress, and see the pages it created.
 */
export function TransferSection(props: TransferSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="kring-section" aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {t('transfer.heading')}
      </Heading>
      <Paragraph>
        <a className="nl-link" href={api.communities.exportUrl(props.slug)} download>
          {t('transfer.export')}
        </a>
      </Paragraph>
      {props.canImport && <ImportForm {...props} />}
    </section>
  );
}

function ImportForm({ slug, pages, onImported }: TransferSectionProps) {
  const { t } = useTranslation();
  const formId = useId();
  const fileId = `${formId}file`;
  const folderId = `${formId}folder`;
  const folderHintId = `${formId}folderhint`;
  const parentId = `${formId}parent`;
  const hintId = `${formId}hint`;
  const errorId = `${formId}error`;
  const progressId = `${formId}progress`;
  const [file, setFile] = useState<File | null>(null);
  const [parent, setParent] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [state, setState] = useState<UploadState>({ status: 'idle' });
  const options = flatten(buildTree(pages));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (state.status === 'uploading') return;
    if (file === null) {
      setFieldError(t('transfer.chooseFile'));
      return;
    }
    const contentType = importContentType(file.name);
    if (contentType === null) {
      setFieldError(t('transfer.wrongType'));
      return;
    }
    setFieldError(null);
    setState({ status: 'uploading', percent: 0 });
    uploadFile<DocumentView[]>(
      apiClient,
      api.communities.importUrl(slug, parent === '' ? null : parent),
      file,
      {
        contentType,
        onProgress: (fraction) =>
          setState({ status: 'uploading', percent: Math.round(fraction * 100) }),
      },
    ).then(
      (created) => {
        setState({ status: 'done', created: Array.isArray(created) ? created : [] });
        onImported();
      },
      (failure: unknown) => setState({ status: 'failed', message: apiErrorMessage(t, failure) }),
    );
  };

  return (
    <form className="kring-form kring-subsection" onSubmit={onSubmit} noValidate>
      <Heading level={3}>{t('transfer.importHeading')}</Heading>
      <div className={fieldError ? 'kring-field kring-field--invalid' : 'kring-field'}>
        <label className="kring-form__label" htmlFor={fileId}>
          {t('transfer.file')}
        </label>
        <p className="kring-form__hint" id={hintId}>
          {t('transfer.fileHint')}
        </p>
        {fieldError !== null && (
          <p className="kring-form__error" id={errorId}>
            {fieldError}
          </p>
        )}
        <FilePicker
          control={{
            id: fileId,
            'aria-invalid': fieldError !== null ? true : undefined,
            'aria-describedby': fieldError !== null ? `${errorId} ${hintId}` : hintId,
          }}
          accept={IMPORT_ACCEPT}
          chosenNames={file === null ? [] : [file.name]}
          onChange={(files) => {
            setFile(files[0] ?? null);
            setFieldError(null);
          }}
        />
      </div>
      <div className="kring-field">
        <label className="kring-form__label" htmlFor={folderId}>
          {t('transfer.folder')}
        </label>
        <p className="kring-form__hint" id={folderHintId}>
          {t('transfer.folderHint')}
        </p>
        <FilePicker
          control={{ id: folderId, 'aria-describedby': folderHintId }}
          directory
          chosenNames={[]}
          onChange={(files) => {
            const chosen = files.map((picked) => ({
              path: picked.webkitRelativePath || picked.name,
              bytes: async () => new Uint8Array(await picked.arrayBuffer()),
            }));
            void zipMarkdownFolder(chosen).then((packed) => {
              if (packed === null) {
                setFile(null);
                setFieldError(t('transfer.folderEmpty'));
                return;
              }
              setFile(
                new File([new Uint8Array(packed.zip)], packed.name, { type: 'application/zip' }),
              );
              setFieldError(null);
            });
          }}
        />
      </div>
      <div className="kring-field">
        <label className="kring-form__label" htmlFor={parentId}>
          {t('transfer.parent')}
        </label>
        <select
          id={parentId}
          className="kring-select"
          value={parent}
          onChange={(event) => setParent(event.currentTarget.value)}
        >
          <option value="">{t('transfer.topLevel')}</option>
          {options.map(({ page, depth }) => (
            <option key={page.id} value={page.id}>
              {`${'— '.repeat(depth)}${page.title.trim() === '' ? t('document.untitled') : page.title}`}
            </option>
          ))}
        </select>
      </div>
      <div className="kring-actions">
        <Button type="submit" purpose="primary" busy={state.status === 'uploading'}>
          {t('transfer.import')}
        </Button>
      </div>
      {state.status === 'uploading' && (
        <div className="kring-progress">
          <label className="kring-form__label" htmlFor={progressId}>
            {t('transfer.progress')}
          </label>
          <progress id={progressId} max={100} value={state.percent}>
            {state.percent}%
          </progress>
          <span aria-hidden="true">{state.percent}%</span>
        </div>
      )}
      <div aria-live="polite">
        {state.status === 'done' && (
          <Alert type="ok">
            <Paragraph>{t('transfer.imported', { count: state.created.length })}</Paragraph>
            {state.created.length > 0 && (
              <ul className="kring-link-list" aria-label={t('transfer.createdLabel')}>
                {state.created.map((page) => (
                  <li key={page.id}>
                    <AppLink to={documentPath(page.id)}>
                      {page.title.trim() === '' ? t('document.untitled') : page.title}
                    </AppLink>
                  </li>
                ))}
              </ul>
            )}
          </Alert>
        )}
        {state.status === 'failed' && (
          <Alert type="error">
            <Paragraph>{state.message}</Paragraph>
          </Alert>
        )}
      </div>
    </form>
  );
}
