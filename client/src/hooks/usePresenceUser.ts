import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PresenceUser } from '@kring/shared';
import { presenceUserOf } from '../session/presenceUser.js';
import { knownUser } from '../session/sessionStore.js';
import { useIdentity } from './useIdentity.js';
import { useSession } from './useSession.js';

/**
 * How this person appears to others in a document: their account name with organisation
 * ("Anna (BZK)") — from the session, or offline from the user cached in this browser — or
 * "Guest N" when no account is known at all.
 */
export function usePresenceUser(): PresenceUser {
  const { guestNumber } = useIdentity();
  const session = useSession();
  const { t } = useTranslation();
  const user = knownUser(session);
  const guestName = t('identity.guest', { number: guestNumber });
  const { name, color } = presenceUserOf(user, { number: guestNumber, name: guestName });
  return useMemo(() => ({ name, color }), [name, color]);
}
