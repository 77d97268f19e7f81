import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { presenceName, type PresenceUser } from '@kring/shared';
import { useIdentity } from './useIdentity.js';
import { useSession } from './useSession.js';

/**
 * How this person appears to others in a document: their account name with organisation
 * ("Anna (BZK)"), or "Guest N" while no account is known (offline before the session loaded).
 */
export function usePresenceUser(): PresenceUser {
  const { color, guestNumber } = useIdentity();
  const session = useSession();
  const { t } = useTranslation();
  const name =
    session.status === 'signed-in'
      ? presenceName(session.user)
      : t('identity.guest', { number: guestNumber });
  return useMemo(() => ({ name, color }), [name, color]);
}
