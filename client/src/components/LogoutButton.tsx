import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import { navigate } from '../routing/history.js';
import { LOGIN_PATH } from '@kring/shared';
import { logout } from '../session/sessionActions.js';

/** Props of {@link LogoutButton}. */
export interface LogoutButtonProps {
  /** End every session of this user, not just this one. */
  readonly everywhere?: boolean;
  /** Button text; defaults to "Log out". */
  readonly label?: string;
  readonly purpose?: 'primary' | 'secondary';
  /** Also remove everything Kring keeps in this browser (a shared computer). */
  readonly wipeLocalData?: boolean;
}

/**
 * Signs out (here or everywhere), optionally removes this browser's Kring data, and goes to the
 * login page; says so when it fails.
 */
export function LogoutButton({
  everywhere = false,
  label,
  purpose = 'secondary',
  wipeLocalData = false,
}: LogoutButtonProps) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const onClick = () => {
    if (busy) return;
    setBusy(true);
    setFailed(false);
    logout(everywhere, wipeLocalData).then(
      () => navigate(LOGIN_PATH),
      () => {
        setBusy(false);
        setFailed(true);
      },
    );
  };
  return (
    <span className="kring-logout">
      <Button purpose={purpose} busy={busy} onClick={onClick}>
        {label ?? t('nav.logout')}
      </Button>
      <span className="kring-logout__feedback" aria-live="polite">
        {failed && t('nav.logoutFailed')}
      </span>
    </span>
  );
}
