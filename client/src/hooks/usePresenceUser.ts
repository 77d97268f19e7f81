import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PresenceUser } from '@kring/shared';
import { useIdentity } from './useIdentity.js';

/** How this person appears to others: the chosen name, or "Guest N" until one is chosen. */
export function usePresenceUser(): PresenceUser {
  const { name, color, guestNumber } = useIdentity();
  const { t } = useTranslation();
  const shownName = name ?? t('identity.guest', { number: guestNumber });
  return useMemo(() => ({ name: shownName, color }), [shownName, color]);
}
