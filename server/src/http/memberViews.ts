import type { MemberView } from '@kring/shared';
import type { Caller } from '../auth/Caller.js';
import { can } from '../auth/permissions.js';
import type { CommunityRecord } from '../storage/meta/records.js';
import type { HttpContext } from './HttpContext.js';
import { memberView } from './views.js';

/**
 * A community's members as `caller` sees them (emails only for those who manage members), by
 * name: the members endpoint and the offline manifest answer the same.
 */
export async function memberViews(
  context: HttpContext,
  caller: Caller,
  community: CommunityRecord,
): Promise<MemberView[]> {
  const { services } = context;
  const showEmail = can(caller.actor, 'member.manage', { type: 'community', id: community.id });
  const members = await services.memberships.ofCommunity(community.id);
  const views = [];
  for (const membership of members) {
    const user = await services.users.byId(membership.userId);
    if (user) views.push(memberView(membership, user, showEmail));
  }
  return views.sort((a, b) => a.user.name.localeCompare(b.user.name));
}
