import { INVITATION_DEFAULT_DAYS, type Role } from '@kring/shared';
import type { AuditLog } from '../audit/AuditLog.js';
import type { AccessEvents } from '../auth/AccessEvents.js';
import type { Caller } from '../auth/Caller.js';
import { hashSecret, newId, newSecret } from '../auth/secrets.js';
import { DomainError, notFound } from '../domainError.js';
import type { MetaDatabase, MetaOperation } from '../storage/meta/MetaDatabase.js';
import type { CommunityRecord, InvitationRecord, UserRecord } from '../storage/meta/records.js';
import { TABLES } from '../storage/meta/tables.js';
import type { CommunityService } from './CommunityService.js';
import type { MembershipDirectory } from './MembershipDirectory.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const ROLE_RANK: Record<Role, number> = { reader: 0, commenter: 1, editor: 2, owner: 3 };

/** The one answer for every unusable link, so a link's state does not leak. */
export const invalidInvitation = (): DomainError =>
  new DomainError(400, 'invalid_token', 'This invitation link is not valid (anymore).');

/** Single-use, expiring invitation links, optionally bound to one email address. */
export class InvitationService {
  constructor(
    private readonly db: MetaDatabase,
    private readonly communities: CommunityService,
    private readonly memberships: MembershipDirectory,
    private readonly audit: AuditLog,
    private readonly events: AccessEvents,
    private readonly now: () => number = Date.now,
  ) {}

  /** Creates an invitation; the token is returned once (only its hash is stored). */
  async create(
    caller: Caller,
    slug: string,
    input: { role: Role; email?: string | undefined; expiresInDays?: number | undefined },
  ): Promise<{ invitation: InvitationRecord; token: string }> {
    const community = await this.communities.require(caller, slug, 'invitation.manage');
    const token = newSecret();
    const invitation: InvitationRecord = {
      id: newId(),
      tokenHash: hashSecret(token),
      communityId: community.id,
      role: input.role,
      email: input.email ?? null,
      createdAt: new Date(this.now()).toISOString(),
      expiresAt: new Date(
        this.now() + (input.expiresInDays ?? INVITATION_DEFAULT_DAYS) * DAY_MS,
      ).toISOString(),
      createdBy: caller.userId ?? 'system',
      acceptedAt: null,
      acceptedBy: null,
      revokedAt: null,
    };
    await this.db.write([
      { type: 'put', table: TABLES.invitations, key: invitation.id, value: invitation },
      {
        type: 'put',
        table: TABLES.invitationsByHash,
        key: invitation.tokenHash,
        value: invitation.id,
      },
      {
        type: 'put',
        table: TABLES.invitationsByCommunity,
        key: `${community.id}!${invitation.id}`,
        value: invitation.id,
      },
      ...this.audit.operations({
        action: 'invitation.created',
        actorId: caller.userId,
        communityId: community.id,
        details: {
          role: invitation.role,
          ...(invitation.email ? { email: invitation.email } : {}),
        },
        ip: caller.ip,
      }),
    ]);
    return { invitation, token };
  }

  /** Open (usable) invitations of a community. */
  async listOpen(caller: Caller, slug: string): Promise<InvitationRecord[]> {
    const community = await this.communities.require(caller, slug, 'invitation.manage');
    const ids = await this.db.list<string>(TABLES.invitationsByCommunity, `${community.id}!`);
    const all = await Promise.all(
      ids.map((id) => this.db.get<InvitationRecord>(TABLES.invitations, id)),
    );
    return all.filter(
      (invitation): invitation is InvitationRecord =>
        invitation !== undefined && this.isOpen(invitation),
    );
  }

  /** Revokes an invitation so its link stops working. */
  async revoke(caller: Caller, slug: string, id: string): Promise<void> {
    const community = await this.communities.require(caller, slug, 'invitation.manage');
    const invitation = await this.db.get<InvitationRecord>(TABLES.invitations, id);
    if (invitation === undefined || invitation.communityId !== community.id)
      throw notFound('The invitation');
    await this.db.write([
      {
        type: 'put',
        table: TABLES.invitations,
        key: id,
        value: { ...invitation, revokedAt: new Date(this.now()).toISOString() },
      },
      ...this.audit.operations({
        action: 'invitation.revoked',
        actorId: caller.userId,
        communityId: community.id,
        ip: caller.ip,
      }),
    ]);
  }

  /** The usable invitation behind a link and its community. @throws invalid_token otherwise. */
  async resolve(
    token: string,
  ): Promise<{ invitation: InvitationRecord; community: CommunityRecord }> {
    const id = await this.db.get<string>(TABLES.invitationsByHash, hashSecret(token));
    const invitation =
      id === undefined ? undefined : await this.db.get<InvitationRecord>(TABLES.invitations, id);
    if (invitation === undefined || !this.isOpen(invitation)) throw invalidInvitation();
    const community = await this.communities.byId(invitation.communityId);
    if (community === undefined) throw invalidInvitation();
    return { invitation, community };
  }

  /**
   * The writes that use the invitation for `user` (membership, marking it used, audit). Call inside
   * `db.exclusive`, right after {@link resolve}, so a link is used at most once.
   * @throws {DomainError} 403 when the invitation is bound to another email address.
   */
  async acceptOperations(
    invitation: InvitationRecord,
    user: UserRecord,
    ip: string | null,
  ): Promise<MetaOperation[]> {
    if (invitation.email !== null && invitation.email !== user.email) {
      throw new DomainError(403, 'forbidden', 'This invitation is for another email address.');
    }
    const at = new Date(this.now()).toISOString();
    const existing = await this.memberships.get(invitation.communityId, user.id);
    const membershipWrites =
      existing !== undefined && ROLE_RANK[existing.role] >= ROLE_RANK[invitation.role]
        ? []
        : this.memberships.putOperations({
            communityId: invitation.communityId,
            userId: user.id,
            role: invitation.role,
            addedAt: existing?.addedAt ?? at,
            addedBy: invitation.createdBy,
          });
    return [
      {
        type: 'put',
        table: TABLES.invitations,
        key: invitation.id,
        value: { ...invitation, acceptedAt: at, acceptedBy: user.id },
      },
      ...membershipWrites,
      ...this.audit.operations({
        action: 'invitation.accepted',
        actorId: user.id,
        communityId: invitation.communityId,
        subjectUserId: user.id,
        details: { role: invitation.role },
        ip,
      }),
    ];
  }

  /** A signed-in person accepts an invitation link. */
  async accept(token: string, user: UserRecord, ip: string | null): Promise<CommunityRecord> {
    const community = await this.db.exclusive(async () => {
      const { invitation, community } = await this.resolve(token);
      await this.db.write(await this.acceptOperations(invitation, user, ip));
      return community;
    });
    this.events.emit({ kind: 'member-changed', userId: user.id });
    return community;
  }

  private isOpen(invitation: InvitationRecord): boolean {
    return (
      invitation.acceptedAt === null &&
      invitation.revokedAt === null &&
      Date.parse(invitation.expiresAt) > this.now()
    );
  }
}
