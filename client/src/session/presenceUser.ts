import { personColor, presenceName, type PresenceUser, type UserSummary } from '@kring/shared';

/**
 * How this person appears to others: the account's name and organisation with the account's
 * stable colour (`personColor(id)`, the same on every device and session), or — when no account
 * is known at all — the guest name with a colour keyed by the guest number.
 */
export function presenceUserOf(
  user: UserSummary | null,
  guest: { readonly number: number; readonly name: string },
): PresenceUser {
  if (user !== null) return { name: presenceName(user), color: personColor(user.id) };
  return { name: guest.name, color: personColor(`guest:${guest.number}`) };
}
