import type { Actor } from './permissions.js';
import type { Principal } from './Authenticator.js';

/** Who asks a service to do something, and from where (for the audit log). */
export interface Caller {
  readonly actor: Actor;
  /** Account id for the audit log; null for the admin CLI. */
  readonly userId: string | null;
  readonly ip: string | null;
}

/** The admin CLI: may do everything; audited as a system action. */
export const SYSTEM_CALLER: Caller = {
  actor: { id: 'system', isAdmin: true, isGuest: false, roles: new Map() },
  userId: null,
  ip: null,
};

/** The caller for an authenticated request. */
export function callerOf(principal: Principal, ip: string | null): Caller {
  return { actor: principal.actor, userId: principal.user.id, ip };
}
