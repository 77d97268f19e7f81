import type {
  ContributionView,
  MyProfileView,
  PersonView,
  updateMyProfileRequestSchema,
} from '@kring/shared';
import type { z } from 'zod';
import type { Caller } from '../auth/Caller.js';
import { can } from '../auth/permissions.js';
import { documentResource } from '../documents/DocumentDirectory.js';
import { DomainError, notFound } from '../domainError.js';
import type { Services } from '../services.js';
import type { ContributionRecord, ProfileRecord, UserRecord } from '../storage/meta/records.js';
import { myProfileView, profileView, sharedCommunityIds, sharesCommunity } from './profileViews.js';

/** A validated `PUT /api/me/profile` body. */
export type ProfileUpdate = z.output<typeof updateMyProfileRequestSchema>;

/** Most pages a person page lists under "wrote about". */
export const WROTE_ABOUT_MAX = 20;

/**
 * Profiles as people see them: one's own (to read and change) and someone else's person page,
 * which only people who share a community with them may open; everyone else gets the same 404 as
 * for an unknown account, so existence does not leak.
 */
export class ProfileService {
  constructor(
    private readonly services: Pick<
      Services,
      | 'users'
      | 'profiles'
      | 'organisations'
      | 'memberships'
      | 'communities'
      | 'documents'
      | 'contributions'
      | 'meta'
    >,
    private readonly now: () => number = Date.now,
  ) {}

  /** The caller's own profile. */
  async myProfile(caller: Caller): Promise<MyProfileView> {
    const user = await this.account(caller.actor.id);
    return this.ownView(user, await this.services.profiles.get(user.id));
  }

  /**
   * Changes the caller's profile; absent fields keep their value.
   * @throws {DomainError} 400 `invalid_request` for an organisation id that is not a record.
   */
  async updateMyProfile(caller: Caller, update: ProfileUpdate): Promise<MyProfileView> {
    const user = await this.account(caller.actor.id);
    if (
      update.organisationId !== undefined &&
      update.organisationId !== null &&
      (await this.services.organisations.byId(update.organisationId)) === undefined
    ) {
      throw new DomainError(400, 'invalid_request', 'organisationId: no such organisation.');
    }
    const profile = await this.services.meta.exclusive(async () => {
      const stored = await this.services.profiles.get(user.id);
      const changed: ProfileRecord = {
        userId: user.id,
        organisationId:
          update.organisationId === undefined ? stored.organisationId : update.organisationId,
        function: update.function ?? stored.function,
        expertise: update.expertise ?? stored.expertise,
        bio: update.bio ?? stored.bio,
        contact: update.contact ?? stored.contact,
        languages: update.languages ?? stored.languages,
        hidden: update.hidden ?? stored.hidden,
        updatedAt: new Date(this.now()).toISOString(),
      };
      await this.services.profiles.put(changed);
      return changed;
    });
    return this.ownView(user, profile);
  }

  /**
   * Someone's person page: their profile (hidden fields blanked unless it is the caller's own),
   * the communities they share with the caller, and the pages they wrote that the caller may read.
   * @throws {DomainError} 404 for an unknown account and for one the caller shares no community with.
   */
  async person(caller: Caller, userId: string): Promise<PersonView> {
    const user = await this.services.users.byId(userId);
    if (user === undefined || !(await sharesCommunity(this.services, caller, userId))) {
      throw notFound('The person');
    }
    const profile = await this.services.profiles.get(userId);
    const organisation =
      profile.organisationId === null
        ? undefined
        : await this.services.organisations.byId(profile.organisationId);
    const communities = [];
    for (const id of await sharedCommunityIds(this.services, caller, userId)) {
      const community = await this.services.communities.byId(id);
      if (community !== undefined) communities.push({ slug: community.slug, name: community.name });
    }
    communities.sort((a, b) => a.name.localeCompare(b.name));
    return {
      profile: profileView(user, profile, organisation, caller.actor.id === userId),
      communities,
      wroteAbout: await this.wroteAbout(caller, userId),
    };
  }

  /** Pages `userId` added to that the caller may read, most contributed first. */
  private async wroteAbout(caller: Caller, userId: string): Promise<ContributionView[]> {
    const views: ContributionView[] = [];
    await this.services.contributions.flush();
    for (const record of await this.services.contributions.forUser(userId)) {
      if (record.characters <= 0) continue;
      const document = await this.services.documents.byId(record.documentId);
      if (document === undefined || document.deletedAt !== null) continue;
      if (!can(caller.actor, 'document.read', documentResource(document))) continue;
      const community = await this.services.communities.byId(document.communityId);
      if (community === undefined) continue;
      views.push({
        documentId: document.id,
        title: document.title,
        communitySlug: community.slug,
        characters: record.characters,
        share: await this.shareOf(record),
        firstAt: record.firstAt,
        lastAt: record.lastAt,
      });
    }
    views.sort((a, b) => b.characters - a.characters || a.title.localeCompare(b.title));
    return views.slice(0, WROTE_ABOUT_MAX);
  }

  private async shareOf(record: ContributionRecord): Promise<number> {
    const all = await this.services.contributions.forDocument(record.documentId);
    const total = all.reduce((sum, each) => sum + Math.max(each.characters, 0), 0);
    return total === 0 ? 0 : record.characters / total;
  }

  private async ownView(user: UserRecord, profile: ProfileRecord): Promise<MyProfileView> {
    const organisation =
      profile.organisationId === null
        ? undefined
        : await this.services.organisations.byId(profile.organisationId);
    return myProfileView(user, profile, organisation);
  }

  private async account(userId: string): Promise<UserRecord> {
    const user = await this.services.users.byId(userId);
    if (user === undefined) throw notFound('The account');
    return user;
  }
}
