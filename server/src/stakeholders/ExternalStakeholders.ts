import type { ExternalStakeholderView, createStakeholderRequestSchema } from '@kring/shared';
import type { z } from 'zod';
import type { AuditLog } from '../audit/AuditLog.js';
import type { Caller } from '../auth/Caller.js';
import { newId } from '../auth/secrets.js';
import type { CommunityService } from '../communities/CommunityService.js';
import { DomainError, notFound } from '../domainError.js';
import type { MetaDatabase } from '../storage/meta/MetaDatabase.js';
import type { StakeholderRecord } from '../storage/meta/records.js';
import { TABLES } from '../storage/meta/tables.js';

/** Most stakeholders one community keeps (a map, not a contact database). */
export const MAX_STAKEHOLDERS_PER_COMMUNITY = 500;

/** A validated `POST /api/communities/:slug/stakeholders` body. */
export type NewStakeholder = z.output<typeof createStakeholderRequestSchema>;

/** A stakeholder as the API shows it; the email only to those who manage the community. */
export function externalStakeholderView(
  record: StakeholderRecord,
  withEmail: boolean,
): ExternalStakeholderView {
  return {
    id: record.id,
    organisationName: record.organisationName,
    organisationType: record.organisationType,
    contactName: record.contactName,
    contactEmail: withEmail ? record.contactEmail : '',
    topics: record.topics,
    note: record.note,
    addedAt: record.addedAt,
  };
}

/**
 * Stakeholders of a community who are not (yet) members — an organisation or a contact to
 * invite — which its owners (and instance admins) add and remove. Both are audited.
 */
export class ExternalStakeholders {
  constructor(
    private readonly db: MetaDatabase,
    private readonly communities: CommunityService,
    private readonly audit: AuditLog,
    private readonly now: () => number = Date.now,
  ) {}

  /** A community's stakeholders (unchecked: callers checked the community first). */
  list(communityId: string): Promise<StakeholderRecord[]> {
    return this.db.list<StakeholderRecord>(TABLES.stakeholders, `${communityId}!`);
  }

  /**
   * Adds a stakeholder. @throws {DomainError} 404 outside the community, 403 for non-owners,
   * 409 when the community has {@link MAX_STAKEHOLDERS_PER_COMMUNITY} already.
   */
  async add(caller: Caller, slug: string, input: NewStakeholder): Promise<StakeholderRecord> {
    const community = await this.communities.require(caller, slug, 'member.manage');
    return this.db.exclusive(async () => {
      if ((await this.list(community.id)).length >= MAX_STAKEHOLDERS_PER_COMMUNITY) {
        throw new DomainError(
          409,
          'conflict',
          `A community keeps at most ${MAX_STAKEHOLDERS_PER_COMMUNITY} stakeholders.`,
        );
      }
      const record: StakeholderRecord = {
        id: newId(),
        communityId: community.id,
        ...input,
        addedAt: new Date(this.now()).toISOString(),
        addedBy: caller.userId ?? 'system',
      };
      await this.db.write([
        {
          type: 'put',
          table: TABLES.stakeholders,
          key: `${community.id}!${record.id}`,
          value: record,
        },
        ...this.audit.operations({
          action: 'stakeholder.added',
          actorId: caller.userId,
          communityId: community.id,
          details: { organisation: record.organisationName, type: record.organisationType },
          ip: caller.ip,
        }),
      ]);
      return record;
    });
  }

  /** Removes a stakeholder. @throws {DomainError} 404 when unknown here, 403 for non-owners. */
  async remove(caller: Caller, slug: string, id: string): Promise<void> {
    const community = await this.communities.require(caller, slug, 'member.manage');
    await this.db.exclusive(async () => {
      const key = `${community.id}!${id}`;
      const record = await this.db.get<StakeholderRecord>(TABLES.stakeholders, key);
      if (record === undefined) throw notFound('The stakeholder');
      await this.db.write([
        { type: 'del', table: TABLES.stakeholders, key },
        ...this.audit.operations({
          action: 'stakeholder.removed',
          actorId: caller.userId,
          communityId: community.id,
          details: { organisation: record.organisationName },
          ip: caller.ip,
        }),
      ]);
    });
  }
}
