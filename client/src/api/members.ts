import type { AddMemberAnswer, AddMemberRequest, MemberView, Role } from '@kring/shared';
import type { ApiClient } from './ApiClient.js';
import { communityApiPath } from './communities.js';

/** A community's members: `/api/communities/:slug/members`. */
export interface MembersApi {
  list(slug: string): Promise<MemberView[]>;
  /**
   * Invites someone by email; the same answer whether or not they have an account (they are added
   * at once only when they already share a community with the owner: the members list shows it).
   */
  add(slug: string, request: AddMemberRequest): Promise<AddMemberAnswer>;
  changeRole(slug: string, userId: string, role: Role): Promise<MemberView>;
  /** Removes a member (owners), or leaves the community (the member themself). */
  remove(slug: string, userId: string): Promise<void>;
}

/** The {@link MembersApi} on a client. */
export function membersApi(client: ApiClient): MembersApi {
  const path = (slug: string, userId?: string) =>
    `${communityApiPath(slug)}/members${userId === undefined ? '' : `/${encodeURIComponent(userId)}`}`;
  return {
    list: (slug) => client.get<MemberView[]>(path(slug)),
    add: (slug, request) => client.post<AddMemberAnswer>(path(slug), request),
    changeRole: (slug, userId, role) => client.patch<MemberView>(path(slug, userId), { role }),
    remove: (slug, userId) => client.delete(path(slug, userId)),
  };
}
