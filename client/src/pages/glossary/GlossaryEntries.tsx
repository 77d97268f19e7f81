import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import type { GlossaryEntryView } from '@kring/shared';
import { api } from '../../api/api.js';
import { Alert } from '../../components/Alert.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { Dialog } from '../../components/Dialog.js';
import { useRowAction } from '../../hooks/useRowAction.js';
import { GlossaryEntryForm } from '../../glossary/GlossaryEntryForm.js';
import { GlossaryEntryItem } from './GlossaryEntryItem.js';
import { filterEntries } from './glossaryFilter.js';

/** Props of {@link GlossaryEntries}. */
export interface GlossaryEntriesProps {
  readonly slug: string;
  readonly entries: readonly GlossaryEntryView[];
  readonly filter: string;
  /** Id of the heading that names the list. */
  readonly labelledBy: string;
  /** Called after a change or deletion with a message to announce. */
  readonly onChanged: (message: string) => void;
}

/** The entries that match the filter, with the dialogs to change and delete one. */
export function GlossaryEntries(props: GlossaryEntriesProps) {
  const { slug, entries, filter, labelledBy, onChanged } = props;
  const { t } = useTranslation();
  const { busyId, error, run } = useRowAction();
  const [editing, setEditing] = useState<GlossaryEntryView | null>(null);
  const [deleting, setDeleting] = useState<GlossaryEntryView | null>(null);
  const shown = filterEntries(entries, filter);

  const remove = (entry: GlossaryEntryView) =>
    run(
      entry.id,
      () => api.glossary.remove(slug, entry.id),
      () => {
        setDeleting(null);
        onChanged(t('glossary.deleted', { term: entry.term }));
      },
    );

  return (
    <>
      {error !== null && (
        <Alert type="error" role="alert">
          {error}
        </Alert>
      )}
      {entries.length === 0 && <Paragraph className="kring-hint">{t('glossary.empty')}</Paragraph>}
      {entries.length > 0 && shown.length === 0 && (
        <Paragraph className="kring-hint">{t('glossary.noMatch', { filter })}</Paragraph>
      )}
      <ul className="kring-glossary" aria-labelledby={labelledBy}>
        {shown.map((entry) => (
          <GlossaryEntryItem
            key={entry.id}
            entry={entry}
            onChange={setEditing}
            onDelete={setDeleting}
          />
        ))}
      </ul>
      <Dialog
        open={editing !== null}
        title={t('glossary.changeTitle', { term: editing?.term ?? '' })}
        onClose={() => setEditing(null)}
      >
        {editing !== null && (
          <GlossaryEntryForm
            key={editing.id}
            entry={editing}
            submitLabel={t('glossary.save')}
            onCancel={() => setEditing(null)}
            onSubmit={async (request) => {
              await api.glossary.update(slug, editing.id, request);
              setEditing(null);
              onChanged(t('glossary.saved', { term: request.term.trim() }));
            }}
          />
        )}
      </Dialog>
      <ConfirmDialog
        open={deleting !== null}
        title={t('glossary.deleteTitle', { term: deleting?.term ?? '' })}
        confirmLabel={t('glossary.delete')}
        busy={deleting !== null && busyId === deleting.id}
        onCancel={() => setDeleting(null)}
        onConfirm={() => deleting !== null && remove(deleting)}
      >
        <Paragraph>{t('glossary.deleteBody')}</Paragraph>
      </ConfirmDialog>
    </>
  );
}
