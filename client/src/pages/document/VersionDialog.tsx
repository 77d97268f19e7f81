import { useCallback, useId, useMemo, useState } from 'react';
import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import type { VersionContentView, VersionView } from '@kring/shared';
import { api } from '../../api/api.js';
import { Alert } from '../../components/Alert.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { DateTime } from '../../components/DateTime.js';
import { Dialog } from '../../components/Dialog.js';
import { ResourceView } from '../../components/ResourceView.js';
import { contentExtensions } from '../../editor/contentExtensions.js';
import { apiErrorMessage } from '../../forms/apiErrorMessage.js';
import { blocksOf } from '../../history/blocks.js';
import { diffVersions } from '../../history/versionDiff.js';
import { useApiResource } from '../../hooks/useApiResource.js';
import { VersionChanges } from './VersionChanges.js';

/** Props of {@link VersionDialog}. */
export interface VersionDialogProps {
  readonly documentId: string;
  /** The version to show; null: closed. */
  readonly version: VersionView | null;
  /** The live editor (its current text is compared with the version). */
  readonly editor: Editor;
  readonly canRestore: boolean;
  readonly onClose: () => void;
  readonly onRestored: (version: VersionView) => void;
}

/**
 * A past version, read-only, with what changed since then (passage by passage, see {@link VersionChanges}), and
 * "Restore this version" (with a confirmation) for people who may write. A restored version
 * reaches the open editor by itself, like anyone's change.
 */
export function VersionDialog(props: VersionDialogProps) {
  const { t } = useTranslation();
  const { version } = props;
  const name = version?.name ?? t('history.automatic');
  return (
    <Dialog
      open={version !== null}
      title={t('history.versionTitle', { name })}
      onClose={props.onClose}
      className="kring-dialog--wide"
    >
      {version !== null && <VersionBody {...props} version={version} />}
    </Dialog>
  );
}

function VersionBody({
  documentId,
  version,
  editor,
  canRestore,
  onClose,
  onRestored,
}: VersionDialogProps & { readonly version: VersionView }) {
  const { t } = useTranslation();
  const load = useCallback(
    () => api.documents.version(documentId, version.id),
    [documentId, version.id],
  );
  const { resource, reload } = useApiResource(load);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const restore = () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    api.documents.restoreVersion(documentId, version.id).then(
      () => {
        setBusy(false);
        setConfirming(false);
        onRestored(version);
      },
      (failure: unknown) => {
        setBusy(false);
        setConfirming(false);
        setError(apiErrorMessage(t, failure));
      },
    );
  };

  return (
    <div className="kring-dialog__body kring-version">
      <Paragraph>
        {t('history.savedAt')} <DateTime value={version.createdAt} />
        {version.authors.length > 0 &&
          ` · ${t('history.by', { names: version.authors.map((author) => author.name).join(', ') })}`}
      </Paragraph>
      <ResourceView resource={resource} reload={reload}>
        {(content) => <VersionContent content={content} current={editor} />}
      </ResourceView>
      {error !== null && (
        <Alert type="error" role="alert">
          <Paragraph>{error}</Paragraph>
        </Alert>
      )}
      <div className="kring-actions">
        {canRestore && resource.status === 'ready' && (
          <Button purpose="primary" onClick={() => setConfirming(true)}>
            {t('history.restore')}
          </Button>
        )}
        <Button purpose="secondary" onClick={onClose}>
          {t('common.close')}
        </Button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={t('history.restoreTitle')}
        confirmLabel={t('history.restoreConfirm')}
        busy={busy}
        onConfirm={restore}
        onCancel={() => setConfirming(false)}
      >
        <Paragraph>{t('history.restoreBody')}</Paragraph>
      </ConfirmDialog>
    </div>
  );
}

interface VersionContentProps {
  readonly content: VersionContentView;
  /** The live editor. */
  readonly current: Editor;
}

function VersionContent({ content, current }: VersionContentProps) {
  const { t } = useTranslation();
  const textHeadingId = useId();
  const changesHeadingId = useId();
  const label = t('history.textLabel');
  const viewer = useEditor(
    {
      extensions: contentExtensions(),
      content: content.doc as Record<string, unknown>,
      editable: false,
      injectCSS: false,
      editorProps: {
        attributes: {
          'aria-label': label,
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-readonly': 'true',
          class: 'kring-editor__content kring-editor__content--version',
        },
      },
    },
    [content, label],
  );
  // Compared once, when the version opens: the comparison does not follow later live edits.
  const diff = useMemo(
    () => diffVersions(blocksOf(viewer.state.doc), blocksOf(current.state.doc)),
    [viewer, current],
  );

  return (
    <>
      {/* What changed comes first: it is what people open a version for. */}
      <section aria-labelledby={changesHeadingId}>
        <h3 className="kring-version__heading" id={changesHeadingId}>
          {t('history.changesHeading')}
        </h3>
        <VersionChanges diff={diff} />
      </section>
      <section aria-labelledby={textHeadingId}>
        <h3 className="kring-version__heading" id={textHeadingId}>
          {content.title.trim() === ''
            ? t('history.textHeading')
            : t('history.textHeadingTitled', { title: content.title })}
        </h3>
        <div className="kring-editor kring-editor--read-only">
          <EditorContent editor={viewer} className="kring-editor__frame" />
        </div>
      </section>
    </>
  );
}
