import type { CreateCommunityRequest, Role, UpdateCommunityRequest } from '@kring/shared';
import type { AuditLog } from '../audit/AuditLog.js';
import type { AccessEvents } from '../auth/AccessEvents.js';
import type { Caller } from '../auth/Caller.js';
import { can, type CommunityAction } from '../auth/permissions.js';
import { newId } from '../auth/secrets.js';
import { DomainError, forbidden, notFound } from '../domainError.js';
import type { MetaDatabase } from '../storage/meta/MetaDatabase.js';
import type { CommunityRecord, MembershipRecord } from '../storage/meta/records.js';
import { TABLES } from '../storage/meta/tables.js';
import type { MembershipDirectory } from './MembershipDirectory.js';

/** Communities and their members. Every method checks permissions with `can` first. */
export class CommunityService {
  constructor(
    private readonly db: MetaDatabase,
    private readonly memberships: MembershipDirectory,
    private readonly audit: AuditLog,
    private readonly events: AccessEvents,
    private readonly now: () => number = Date.now,
  ) {}

  /** A community by slug, when `caller` may do `action` in it; 404 otherwise (no existence leak). */
  async require(caller: Caller, slug: string, action: CommunityAction): Promise<CommunityRecord> {
    const community = await this.bySlug(slug);
    if (
      community === undefined ||
      !can(caller.actor, 'community.read', { type: 'community', id: community.id })
    ) {
      throw notFound('The community');
    }
    if (!can(caller.actor, action, { type: 'community', id: community.id })) throw forbidden();
    return community;
  }

  async bySlug(slug: string): Promise<CommunityRecord | undefined> {
    const id = await this.db.get<string>(TABLES.communitiesBySlug, slug);
    return id === undefined ? undefined : this.byId(id);
  }

  byId(id: string): Promise<CommunityRecord | undefined> {
    return this.db.get<CommunityRecord>(TABLES.communities, id);
  }

  /** Every community (unchecked; for services). */
  all(): Promise<CommunityRecord[]> {
    return this.db.list<CommunityRecord>(TABLES.communities);
  }

  /** The communities `caller` belongs to (admins: all), by name. */
  async listFor(caller: Caller): Promise<CommunityRecord[]> {
    const communities = caller.actor.isAdmin
      ? await this.db.list<CommunityRecord>(TABLES.communities)
      : await Promise.all([...caller.actor.roles.keys()].map((id) => this.byId(id)));
    return communities
      .filter((community): community is CommunityRecord => community !== undefined)
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  /** Creates a community; `ownerId` (default: the caller) becomes its first owner. */
  create(
    caller: Caller,
    input: Required<CreateCommunityRequest>,
    ownerId = caller.userId,
  ): Promise<CommunityRecord> {
    if (!can(caller.actor, 'community.create', { type: 'instance' })) {
      throw forbidden('Guest accounts cannot create communities.');
    }
    return this.db.exclusive(async () => {
      if ((await this.db.get(TABLES.communitiesBySlug, input.slug)) !== undefined) {
        throw new DomainError(409, 'conflict', `The address "${input.slug}" is already taken.`);
      }
      const at = new Date(this.now()).toISOString();
      const community: CommunityRecord = {
        id: newId(),
        slug: input.slug,
        name: input.name,
        description: input.description,
        createdAt: at,
        createdBy: caller.userId,
      };
      const owner: MembershipRecord[] =
        ownerId === null
          ? []
          : [
              {
                communityId: community.id,
                userId: ownerId,
                role: 'owner',
                addedAt: at,
                addedBy: caller.userId,
              },
            ];
      await this.db.write([
        { type: 'put', table: TABLES.communities, key: community.id, value: community },
        { type: 'put', table: TABLES.communitiesBySlug, key: community.slug, value: community.id },
        ...owner.flatMap((membership) => this.memberships.putOperations(membership)),
        ...this.audit.operations({
          action: 'community.created',
          actorId: caller.userId,
          communityId: community.id,
          details: { slug: community.slug },
          ip: caller.ip,
        }),
      ]);
      if (ownerId !== null) this.events.emit({ kind: 'member-changed', userId: ownerId });
      return community;
    });
  }

  /** Changes name or description. */
  async update(
    caller: Caller,
    slug: string,
    patch: UpdateCommunityRequest,
  ): Promise<CommunityRecord> {
    const community = await this.require(caller, slug, 'community.update');
    const updated: CommunityRecord = {
      ...community,
      ...(patch.name === undefined ? {} : { name: patch.name }),
      ...(patch.description === undefined ? {} : { description: patch.description }),
    };
    await this.db.write([
      { type: 'put', table: TABLES.communities, key: community.id, value: updated },
      ...this.audit.operations({
        action: 'community.updated',
        actorId: caller.userId,
        communityId: community.id,
        ip: caller.ip,
      }),
    ]);
    return updated;
  }

  /** Adds a person (or changes their role when already a member). */
  async setMember(
    caller: Caller,
    slug: string,
    userId: string,
    role: Role,
  ): Promise<MembershipRecord> {
    const community = await this.require(caller, slug, 'member.manage');
    return this.db.exclusive(async () => {
      const existing = await this.memberships.get(community.id, userId);
      if (existing?.role === 'owner' && role !== 'owner')
        await this.assertAnotherOwner(community.id, userId);
      const membership: MembershipRecord = existing
        ? { ...existing, role }
        : {
            communityId: community.id,
            userId,
            role,
            addedAt: new Date(this.now()).toISOString(),
            addedBy: caller.userId,
          };
      await this.db.write([
        ...this.memberships.putOperations(membership),
        ...this.audit.operations({
          action: existing ? 'member.role_changed' : 'member.added',
          actorId: caller.userId,
          communityId: community.id,
          subjectUserId: userId,
          details: existing ? { from: existing.role, to: role } : { role },
          ip: caller.ip,
        }),
      ]);
      this.events.emit({ kind: 'member-changed', userId });
      return membership;
    });
  }

  /** Removes a member; owners may remove anyone, members themselves. */
  async removeMember(caller: Caller, slug: string, userId: string): Promise<void> {
    const action = userId === caller.userId ? 'community.read' : 'member.manage';
    const community = await this.require(caller, slug, action);
    await this.db.exclusive(async () => {
      const existing = await this.memberships.get(community.id, userId);
      if (existing === undefined) throw notFound('The member');
      if (existing.role === 'owner') await this.assertAnotherOwner(community.id, userId);
      await this.db.write([
        ...this.memberships.deleteOperations(community.id, userId),
        ...this.audit.operations({
          action: 'member.removed',
          actorId: caller.userId,
          communityId: community.id,
          subjectUserId: userId,
          details: { role: existing.role },
          ip: caller.ip,
        }),
      ]);
    });
    this.events.emit({ kind: 'member-changed', userId });
  }

  private async assertAnotherOwner(communityId: string, userId: string): Promise<void> {
    const owners = (await this.memberships.ofCommunity(communityId)).filter(
      (membership) => membership.role === 'owner' && membership.userId !== userId,
    );
    if (owners.length === 0) {
      throw new DomainError(409, 'conflict', 'A community needs at least one owner.');
    }
  }
}
