import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { ROLES, type MemberView, type Role } from '@kring/shared';
import { api } from '../../api/api.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { apiErrorMessage } from '../../forms/apiErrorMessage.js';
import { AppLink } from '../../routing/AppLink.js';
import { personPath } from '../../routing/paths.js';

/** Props of {@link MemberRow}. */
export interface MemberRowProps {
  readonly slug: string;
  readonly communityName: string;
  readonly member: MemberView;
  readonly isSelf: boolean;
  readonly showEmail: boolean;
  readonly canManage: boolean;
  /** Called with a message to announce after a change. */
  readonly onChanged: (message: string) => void;
}

/** One member: name (guest marker), organisation, email, role; owners can change or remove. */
export function MemberRow(props: MemberRowProps) {
  const { t } = useTranslation();
  const { member, slug } = props;
  const selectId = useId();
  const errorId = useId();
  const [role, setRole] = useState<Role>(member.role);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const name = member.user.name;

  const run = (action: () => Promise<unknown>, message: string) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    action().then(
      () => {
        setBusy(false);
        setConfirming(false);
        props.onChanged(message);
      },
      (failure: unknown) => {
        setBusy(false);
        setConfirming(false);
        setRole(member.role);
        setError(apiErrorMessage(t, failure));
      },
    );
  };
  const saveRole = () =>
    run(
      () => api.members.changeRole(slug, member.user.id, role),
      t('members.roleChanged', { name, role: t(`roles.${role}`) }),
    );
  const remove = () =>
    run(() => api.members.remove(slug, member.user.id), t('members.removed', { name }));

  return (
    <tr>
      <th scope="row">
        <AppLink to={personPath(member.user.id)}>{name}</AppLink>
        {props.isSelf && ` ${t('presence.you')}`}
        {member.user.isGuest && (
          <>
            {' '}
            <span className="kring-badge">{t('members.guest')}</span>
          </>
        )}
      </th>
      <td>{member.user.organisation}</td>
      {props.showEmail && <td>{member.user.email ?? ''}</td>}
      <td>
        {props.canManage ? (
          <div className="kring-inline-form">
            <label className="kring-visually-hidden" htmlFor={selectId}>
              {t('members.roleOf', { name })}
            </label>
            <select
              id={selectId}
              className="kring-select"
              value={role}
              aria-describedby={error ? errorId : undefined}
              onChange={(event) => setRole(event.currentTarget.value as Role)}
            >
              {ROLES.map((option) => (
                <option key={option} value={option}>
                  {t(`roles.${option}`)}
                </option>
              ))}
            </select>
            <Button
              purpose="secondary"
              busy={busy}
              aria-label={t('members.saveRoleOf', { name })}
              onClick={saveRole}
            >
              {t('members.saveRole')}
            </Button>
          </div>
        ) : (
          t(`roles.${member.role}`)
        )}
        {error !== null && (
          <p className="kring-form__error" id={errorId} role="alert">
            {error}
          </p>
        )}
      </td>
      {props.canManage && (
        <td>
          <Button
            purpose="secondary"
            hint="negative"
            aria-label={t('members.removeMember', { name })}
            onClick={() => setConfirming(true)}
          >
            {t('members.remove')}
          </Button>
          <ConfirmDialog
            open={confirming}
            title={t('members.removeTitle', { name, community: props.communityName })}
            confirmLabel={t('members.removeConfirm')}
            busy={busy}
            onConfirm={remove}
            onCancel={() => setConfirming(false)}
          >
            <Paragraph>{t('members.removeBody', { name })}</Paragraph>
          </ConfirmDialog>
        </td>
      )}
    </tr>
  );
}
