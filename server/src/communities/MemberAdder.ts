import type { Role } from '@kring/shared';
import type { UserDirectory } from '../accounts/UserDirectory.js';
import type { Caller } from '../auth/Caller.js';
import type { InvitationRecord, UserRecord } from '../storage/meta/records.js';
import type { CommunityService } from './CommunityService.js';
import type { InvitationService } from './InvitationService.js';
import type { MembershipDirectory } from './MembershipDirectory.js';

/** What adding someone by email gives the owner: always an email-bound invitation. */
export interface MemberAddition {
  readonly invitation: InvitationRecord;
  /** The invitation's secret, returned once. */
  readonly token: string;
}

/**
 * "Add member by email" for owners, without telling them whether an account exists and without
 * pulling anyone into a community they did not agree to join.
 *
 * Every request creates an invitation bound to the email address, and the answer is only that
 * invitation. Someone is also added at once only when that reveals nothing and needs no consent
 * beyond what they gave before: an existing non-guest account that already shares a community
 * with the owner (the owner can see them in that community's member list anyway). Guests, unknown
 * addresses and strangers join only by accepting the invitation.
 */
export class MemberAdder {
  constructor(
    private readonly users: UserDirectory,
    private readonly memberships: MembershipDirectory,
    private readonly communities: CommunityService,
    private readonly invitations: InvitationService,
  ) {}

  /** Invites `email` to `slug` with `role`, and adds them directly when the rule above allows. */
  async add(
    caller: Caller,
    slug: string,
    input: { email: string; role: Exclude<Role, 'owner'> },
  ): Promise<MemberAddition> {
    const community = await this.communities.require(caller, slug, 'member.manage');
    const created = await this.invitations.create(caller, slug, input);
    const user = await this.users.byEmail(input.email);
    if (
      user !== undefined &&
      (await this.memberships.get(community.id, user.id)) === undefined &&
      (await this.mayAddDirectly(caller, user))
    ) {
      await this.communities.setMember(caller, slug, user.id, input.role);
    }
    return created;
  }

  private async mayAddDirectly(caller: Caller, user: UserRecord): Promise<boolean> {
    if (user.isGuest || caller.userId === null) return false;
    const shared = await this.memberships.ofUser(user.id);
    return shared.some((membership) => caller.actor.roles.has(membership.communityId));
  }
}
