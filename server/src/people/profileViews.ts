import type { MyProfileView, ProfileField, ProfileView } from '@kring/shared';
import type { Caller } from '../auth/Caller.js';
import { can } from '../auth/permissions.js';
import type { Services } from '../services.js';
import type { OrganisationRecord, ProfileRecord, UserRecord } from '../storage/meta/records.js';

/**
 * A profile as others see it (`forOwner` false: fields the owner hid are blanked) or as its owner
 * sees it. `organisation` is the linked organisation's name, else the account's own text; hiding
 * 'organisation' blanks the link, its type and its name alike.
 */
export function profileView(
  user: UserRecord,
  profile: ProfileRecord,
  organisation: OrganisationRecord | undefined,
  forOwner: boolean,
): ProfileView {
  const shown = (field: ProfileField): boolean => forOwner || !profile.hidden.includes(field);
  const showOrganisation = shown('organisation');
  return {
    userId: user.id,
    name: user.name,
    organisation: showOrganisation ? (organisation?.name ?? user.organisation) : '',
    organisationId: showOrganisation ? (organisation?.id ?? null) : null,
    organisationType: showOrganisation ? (organisation?.type ?? null) : null,
    function: shown('function') ? profile.function : '',
    expertise: shown('expertise') ? profile.expertise : [],
    bio: shown('bio') ? profile.bio : '',
    contact: shown('contact') ? profile.contact : '',
    languages: shown('languages') ? profile.languages : [],
  };
}

/** The owner's own profile, everything shown, with what they hide from others. */
export function myProfileView(
  user: UserRecord,
  profile: ProfileRecord,
  organisation: OrganisationRecord | undefined,
): MyProfileView {
  return { ...profileView(user, profile, organisation, true), hidden: profile.hidden };
}

/**
 * Whether `viewer` may see `userId`'s profile: it is themselves, they are an instance admin, or
 * some community has both as members. Callers answer 404 otherwise, as for an unknown account.
 */
export async function sharesCommunity(
  services: Pick<Services, 'memberships'>,
  viewer: Caller,
  userId: string,
): Promise<boolean> {
  if (viewer.actor.id === userId || viewer.actor.isAdmin) return true;
  const memberships = await services.memberships.ofUser(userId);
  return memberships.some((membership) => viewer.actor.roles.has(membership.communityId));
}

/** Ids of `userId`'s communities the viewer can read (for an admin: all of them). */
export async function sharedCommunityIds(
  services: Pick<Services, 'memberships'>,
  viewer: Caller,
  userId: string,
): Promise<string[]> {
  const memberships = await services.memberships.ofUser(userId);
  return memberships
    .map((membership) => membership.communityId)
    .filter((id) => can(viewer.actor, 'community.read', { type: 'community', id }));
}
