import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { organisationTypeLabel } from '../../i18n/organisationType.js';
import { Button } from '@nl-design-system-candidate/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import type { OrganisationView } from '@kring/shared';
import { api } from '../../api/api.js';
import { Alert } from '../../components/Alert.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { Dialog } from '../../components/Dialog.js';
import { useRowAction } from '../../hooks/useRowAction.js';
import { OrganisationForm } from './OrganisationForm.js';

/** Props of {@link OrganisationTable}. */
export interface OrganisationTableProps {
  readonly organisations: readonly OrganisationView[];
  /** Instance admins may change and remove records. */
  readonly canManage: boolean;
  /** Called after a change with a message to announce. */
  readonly onChanged: (message: string) => void;
}

/** The organisation records, by name, with "Change" and "Remove" for instance admins. */
export function OrganisationTable({ organisations, canManage, onChanged }: OrganisationTableProps) {
  const { t } = useTranslation();
  const { busyId, error, run } = useRowAction();
  const [editing, setEditing] = useState<OrganisationView | null>(null);
  const [removing, setRemoving] = useState<OrganisationView | null>(null);
  const sorted = [...organisations].sort((a, b) => a.name.localeCompare(b.name));

  const remove = (organisation: OrganisationView) =>
    run(
      organisation.id,
      () => api.organisations.remove(organisation.id),
      () => {
        setRemoving(null);
        onChanged(t('organisations.removed', { name: organisation.name }));
      },
    );

  return (
    <>
      {error !== null && (
        <Alert type="error" role="alert">
          {error}
        </Alert>
      )}
      <div className="kring-table-container">
        <table className="kring-table">
          <caption className="kring-visually-hidden">{t('organisations.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('organisations.name')}</th>
              <th scope="col">{t('organisations.type')}</th>
              {canManage && <th scope="col">{t('members.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {sorted.map((organisation) => (
              <tr key={organisation.id}>
                <th scope="row">{organisation.name}</th>
                <td>{organisationTypeLabel(t, organisation.type)}</td>
                {canManage && (
                  <td>
                    <div className="kring-actions">
                      <Button
                        purpose="secondary"
                        aria-label={t('organisations.changeNamed', { name: organisation.name })}
                        onClick={() => setEditing(organisation)}
                      >
                        {t('organisations.change')}
                      </Button>
                      <Button
                        purpose="secondary"
                        hint="negative"
                        aria-label={t('organisations.removeNamed', { name: organisation.name })}
                        onClick={() => setRemoving(organisation)}
                      >
                        {t('organisations.remove')}
                      </Button>
                    </div>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Dialog
        open={editing !== null}
        title={t('organisations.changeTitle', { name: editing?.name ?? '' })}
        onClose={() => setEditing(null)}
      >
        {editing !== null && (
          <OrganisationForm
            key={editing.id}
            initial={{ name: editing.name, type: editing.type }}
            submitLabel={t('organisations.save')}
            onCancel={() => setEditing(null)}
            onSubmit={async (request) => {
              await api.organisations.update(editing.id, request);
              setEditing(null);
              onChanged(t('organisations.saved', { name: request.name }));
            }}
          />
        )}
      </Dialog>
      <ConfirmDialog
        open={removing !== null}
        title={t('organisations.removeTitle', { name: removing?.name ?? '' })}
        confirmLabel={t('organisations.remove')}
        busy={removing !== null && busyId === removing.id}
        onCancel={() => setRemoving(null)}
        onConfirm={() => removing !== null && remove(removing)}
      >
        <Paragraph>{t('organisations.removeBody')}</Paragraph>
      </ConfirmDialog>
    </>
  );
}
