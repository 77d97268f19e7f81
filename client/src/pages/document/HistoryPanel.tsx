import { lazy, Suspense, useCallback, useId, useState, type FormEvent } from 'react';
import type { Editor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { createVersionRequestSchema, type DocumentView, type VersionView } from '@kring/shared';
import { api } from '../../api/api.js';
import { DateTime } from '../../components/DateTime.js';
import { ResourceView } from '../../components/ResourceView.js';
import { apiErrorMessage } from '../../forms/apiErrorMessage.js';
import { useApiResource } from '../../hooks/useApiResource.js';

// The comparison (jsdiff and the diff views) loads when a version is first opened, not with the page.
const VersionDialog = lazy(async () => ({
  default: (await import('./VersionDialog.js')).VersionDialog,
}));

/** Props of {@link HistoryPanel}. */
export interface HistoryPanelProps {
  readonly view: DocumentView;
  /** The live editor: its text is compared with a version. */
  readonly editor: Editor;
  /** Saving a named version and restoring need write access. */
  readonly canWrite: boolean;
}

/** A version's name, or "Automatic version". */
export function useVersionName(): (version: VersionView) => string {
  const { t } = useTranslation();
  return (version) => version.name ?? t('history.automatic');
}

/**
 * "History": the saved versions, newest first, each with a "View" button opening it read-only
 * with its differences to the current text; people who may write save named versions.
 */
export function HistoryPanel({ view, editor, canWrite }: HistoryPanelProps) {
  const { t } = useTranslation();
  const nameOf = useVersionName();
  const listId = useId();
  const load = useCallback(() => api.documents.versions(view.id), [view.id]);
  const { resource, reload } = useApiResource(load);
  const [open, setOpen] = useState<VersionView | null>(null);
  // Stays mounted once loaded, so the native dialog can return focus to the button on close.
  const [dialogLoaded, setDialogLoaded] = useState(false);
  const [announcement, setAnnouncement] = useState('');

  return (
    <>
      {canWrite && (
        <SaveVersionForm
          documentId={view.id}
          onSaved={(version) => {
            setAnnouncement(t('history.saved', { name: nameOf(version) }));
            reload();
          }}
        />
      )}
      <p className="kring-announcement" aria-live="polite">
        {announcement}
      </p>
      <ResourceView resource={resource} reload={reload}>
        {(versions) =>
          versions.length === 0 ? (
            <Paragraph className="kring-hint">{t('history.empty')}</Paragraph>
          ) : (
            <ul className="kring-versions" aria-label={t('history.listLabel')} id={listId}>
              {versions.map((version) => (
                <li key={version.id} className="kring-versions__version">
                  <span className="kring-versions__name">{nameOf(version)}</span>
                  <span className="kring-versions__meta">
                    <DateTime value={version.createdAt} />
                    {version.authors.length > 0 &&
                      ` · ${version.authors.map((author) => author.name).join(', ')}`}
                  </span>
                  <Button
                    purpose="secondary"
                    aria-label={t('history.viewNamed', { name: nameOf(version) })}
                    onClick={() => {
                      setDialogLoaded(true);
                      setOpen(version);
                    }}
                  >
                    {t('history.view')}
                  </Button>
                </li>
              ))}
            </ul>
          )
        }
      </ResourceView>
      {dialogLoaded && (
        <Suspense fallback={null}>
          <VersionDialog
            documentId={view.id}
            version={open}
            editor={editor}
            canRestore={canWrite}
            onClose={() => setOpen(null)}
            onRestored={(version) => {
              setOpen(null);
              setAnnouncement(t('history.restored', { name: nameOf(version) }));
              reload();
            }}
          />
        </Suspense>
      )}
    </>
  );
}

interface SaveVersionFormProps {
  readonly documentId: string;
  readonly onSaved: (version: VersionView) => void;
}

function SaveVersionForm({ documentId, onSaved }: SaveVersionFormProps) {
  const { t } = useTranslation();
  const inputId = useId();
  const errorId = useId();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const parsed = createVersionRequestSchema.safeParse({ name });
    if (!parsed.success) {
      setError(t('history.nameRequired'));
      return;
    }
    setBusy(true);
    setError(null);
    api.documents.createVersion(documentId, parsed.data).then(
      (version) => {
        setBusy(false);
        setName('');
        onSaved(version);
      },
      (failure: unknown) => {
        setBusy(false);
        setError(apiErrorMessage(t, failure));
      },
    );
  };

  return (
    <form className="kring-form" onSubmit={onSubmit} noValidate>
      <label className="kring-form__label" htmlFor={inputId}>
        {t('history.nameLabel')}
      </label>
      {error !== null && (
        <p className="kring-form__error" id={errorId}>
          {error}
        </p>
      )}
      <div className="kring-form__row">
        <input
          id={inputId}
          className="kring-textbox"
          type="text"
          maxLength={120}
          autoComplete="off"
          value={name}
          aria-invalid={error !== null ? true : undefined}
          aria-describedby={error !== null ? errorId : undefined}
          onChange={(event) => {
            setName(event.currentTarget.value);
            setError(null);
          }}
        />
        <Button type="submit" purpose="secondary" busy={busy}>
          {t('history.save')}
        </Button>
      </div>
    </form>
  );
}
