import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import type { InvitationView } from '@kring/shared';
import { api } from '../../api/api.js';
import { Alert } from '../../components/Alert.js';
import { DateTime } from '../../components/DateTime.js';
import { useRowAction } from '../../hooks/useRowAction.js';

/** Props of {@link InvitationTable}. */
export interface InvitationTableProps {
  readonly slug: string;
  readonly invitations: readonly InvitationView[];
  /** Called with a message to announce after a revocation. */
  readonly onRevoked: (message: string) => void;
}

/** Open invitations with a "Revoke" button each. */
export function InvitationTable({ slug, invitations, onRevoked }: InvitationTableProps) {
  const { t } = useTranslation();
  const { busyId, error, run } = useRowAction();

  const revoke = (invitation: InvitationView, who: string) =>
    run(
      invitation.id,
      () => api.invitations.revoke(slug, invitation.id),
      () => onRevoked(t('invitations.revoked', { who })),
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
          <caption className="kring-table__caption">{t('invitations.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('invitations.for')}</th>
              <th scope="col">{t('invitations.role')}</th>
              <th scope="col">{t('invitations.expires')}</th>
              <th scope="col">{t('invitations.createdBy')}</th>
              <th scope="col">{t('members.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {invitations.map((invitation) => {
              const who = invitation.email ?? t('invitations.anyone');
              return (
                <tr key={invitation.id}>
                  <th scope="row">{who}</th>
                  <td>{t(`roles.${invitation.role}`)}</td>
                  <td>
                    <DateTime value={invitation.expiresAt} />
                  </td>
                  <td>{invitation.createdBy?.name ?? ''}</td>
                  <td>
                    <Button
                      purpose="secondary"
                      hint="negative"
                      busy={busyId === invitation.id}
                      aria-label={t('invitations.revokeFor', { who })}
                      onClick={() => revoke(invitation, who)}
                    >
                      {t('invitations.revoke')}
                    </Button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
