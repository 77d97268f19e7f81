import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import type { DocumentView } from '@kring/shared';
import { api } from '../../api/api.js';
import { Alert } from '../../components/Alert.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { apiErrorMessage } from '../../forms/apiErrorMessage.js';
import { navigate } from '../../routing/history.js';
import { communityPath } from '../../routing/paths.js';
import type { DocumentSession } from '../../sync/DocumentSession.js';
import { forgetDocumentView } from '../../sync/documentViewCache.js';
import { forgetRecentDocument } from '../../sync/recentDocuments.js';

/** Props of {@link DeleteDocument}. */
export interface DeleteDocumentProps {
  readonly session: DocumentSession;
  readonly view: DocumentView;
  /** Shown title, named in the confirmation. */
  readonly title: string;
}

/**
 * "Move to trash" with a confirmation dialog (sub-pages go along; someone who manages the page
 * can restore it from the community's trash); afterwards goes to the community.
 */
export function DeleteDocument({ session, view, title }: DeleteDocumentProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const remove = () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    api.documents.delete(view.id).then(
      () => {
        forgetDocumentView(view.id);
        forgetRecentDocument(view.id);
        // Leave first, so the editor is gone before its Y.Doc is destroyed.
        navigate(communityPath(view.communitySlug));
        void session.forgetLocalCopy();
      },
      (failure: unknown) => {
        setBusy(false);
        setConfirming(false);
        setError(apiErrorMessage(t, failure));
      },
    );
  };

  return (
    <div className="kring-panel">
      <Button purpose="secondary" hint="negative" onClick={() => setConfirming(true)}>
        {t('document.delete.button')}
      </Button>
      {error !== null && (
        <Alert type="error" role="alert">
          <Paragraph>{error}</Paragraph>
        </Alert>
      )}
      <ConfirmDialog
        open={confirming}
        title={t('document.delete.title', { title })}
        confirmLabel={t('document.delete.confirm')}
        busy={busy}
        onConfirm={remove}
        onCancel={() => setConfirming(false)}
      >
        <Paragraph>{t('document.delete.body')}</Paragraph>
      </ConfirmDialog>
    </div>
  );
}
