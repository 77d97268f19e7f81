import { INACTIVE_AFTER_DAYS, type StakeholderMapView } from '@kring/shared';
import type { Caller } from '../auth/Caller.js';
import { can } from '../auth/permissions.js';
import { documentResource } from '../documents/DocumentDirectory.js';
import type { Services } from '../services.js';
import type { CommunityRecord, ContributionRecord, UserRecord } from '../storage/meta/records.js';
import { TABLES } from '../storage/meta/tables.js';
import { assembleMap, type MemberFacts } from './assembleMap.js';
import { ExternalStakeholders, externalStakeholderView } from './ExternalStakeholders.js';

/** Share of a page's text from which its tags count as a topic of the person who wrote it. */
export const TOPIC_SHARE = 0.25;

const DAY_MS = 24 * 60 * 60 * 1000;

/** A community's stakeholder map, and whether the caller may manage its stakeholders. */
export interface BuiltMap {
  readonly community: CommunityRecord;
  readonly view: StakeholderMapView;
  /** Owners and instance admins: they add and remove stakeholders and see contacts' emails. */
  readonly mayManage: boolean;
}

/** What the community's pages say about each member: topics from tags, last contribution. */
interface PageFacts {
  readonly tags: Map<string, string[]>;
  readonly lastContribution: Map<string, string>;
}

const later = (a: string | null | undefined, b: string | null | undefined): string | null =>
  (a ?? '') > (b ?? '') ? (a ?? null) : (b ?? null);

/**
 * Builds a community's stakeholder map for a member (or instance admin): organisations by type
 * from the members' profiles, the topics each person covers (declared expertise and tags of pages
 * in this community they wrote at least {@link TOPIC_SHARE} of, only pages the caller may read),
 * the external stakeholders owners added, and the gaps. Fields people hid stay out.
 */
export class StakeholderMap {
  readonly stakeholders: ExternalStakeholders;

  constructor(private readonly services: Services) {
    this.stakeholders = new ExternalStakeholders(
      services.meta,
      services.communities,
      services.audit,
      services.now,
    );
  }

  /** @throws {DomainError} 404 when the caller is not in the community. */
  async build(caller: Caller, slug: string): Promise<BuiltMap> {
    const { services } = this;
    const community = await services.communities.require(caller, slug, 'community.read');
    const mayManage = can(caller.actor, 'member.manage', { type: 'community', id: community.id });
    await services.contributions.flush();
    const pages = await this.pageFacts(caller, community.id);
    const memberships = await services.memberships.ofCommunity(community.id);
    const users = await Promise.all(memberships.map(({ userId }) => services.users.byId(userId)));
    const members = await Promise.all(
      users
        .filter((user): user is UserRecord => user !== undefined)
        .map((user) => this.memberFacts(user, community.id, pages)),
    );
    const stakeholders = (await this.stakeholders.list(community.id)).map((record) =>
      externalStakeholderView(record, mayManage),
    );
    const inactiveBefore = new Date(services.now() - INACTIVE_AFTER_DAYS * DAY_MS).toISOString();
    return { community, view: assembleMap(members, stakeholders, inactiveBefore), mayManage };
  }

  private async pageFacts(caller: Caller, communityId: string): Promise<PageFacts> {
    const facts: PageFacts = { tags: new Map(), lastContribution: new Map() };
    const pages = (await this.services.documents.inCommunity(communityId)).filter(
      (page) => page.deletedAt === null,
    );
    for (const page of pages) {
      const records: ContributionRecord[] = await this.services.contributions.forDocument(page.id);
      const total = records.reduce((sum, record) => sum + record.characters, 0);
      // Activity counts on every live page (only a time); topics only from pages the caller reads.
      const readable = can(caller.actor, 'document.read', documentResource(page));
      for (const record of records) {
        const last = later(facts.lastContribution.get(record.userId), record.lastAt);
        if (last !== null) facts.lastContribution.set(record.userId, last);
        if (!readable || total === 0 || record.characters / total < TOPIC_SHARE) continue;
        const tags = facts.tags.get(record.userId) ?? [];
        tags.push(...(page.tags ?? []));
        facts.tags.set(record.userId, tags);
      }
    }
    return facts;
  }

  private async memberFacts(
    user: UserRecord,
    communityId: string,
    pages: PageFacts,
  ): Promise<MemberFacts> {
    const { services } = this;
    const profile = await services.profiles.get(user.id);
    const hidden = new Set(profile.hidden);
    const visit = await services.meta.get<string>(TABLES.visits, `${user.id}!${communityId}`);
    return {
      userId: user.id,
      name: user.name,
      organisation: hidden.has('organisation') ? null : await this.organisationOf(user, profile),
      topics: [
        ...(hidden.has('expertise') ? [] : profile.expertise),
        ...(pages.tags.get(user.id) ?? []),
      ],
      lastActiveAt: later(pages.lastContribution.get(user.id), visit),
    };
  }

  private async organisationOf(
    user: UserRecord,
    profile: { organisationId: string | null },
  ): Promise<MemberFacts['organisation']> {
    if (profile.organisationId !== null) {
      const record = await this.services.organisations.byId(profile.organisationId);
      if (record !== undefined) return { id: record.id, name: record.name, type: record.type };
    }
    const name = user.organisation.trim();
    return name === '' ? null : { id: null, name, type: 'other' };
  }
}
