import type {
  CreatedInvitation,
  ApiTokenView,
  AuditEntryView,
  CommunityView,
  CurrentUser,
  DocumentView,
  InvitationView,
  MemberView,
  UserSummary,
} from '@kring/shared';
import { DEFAULT_POSITION } from '@kring/shared';
import type { Actor } from '../auth/permissions.js';
import { can } from '../auth/permissions.js';
import { documentResource } from '../documents/DocumentDirectory.js';
import type {
  ApiTokenRecord,
  AuditRecord,
  CommunityRecord,
  DocumentRecord,
  InvitationRecord,
  MembershipRecord,
  UserRecord,
} from '../storage/meta/records.js';

/** Looks people up by id for views (null when the account no longer exists). */
export type UserLookup = (id: string | null) => Promise<UserRecord | null>;

/** What other members see of a person. */
export function userSummary(user: UserRecord): UserSummary {
  return { id: user.id, name: user.name, organisation: user.organisation };
}

/** The signed-in user's own view. */
export function currentUser(user: UserRecord): CurrentUser {
  return { ...userSummary(user), email: user.email, isAdmin: user.isAdmin, isGuest: user.isGuest };
}

/** A community for `actor`. */
export function communityView(
  community: CommunityRecord,
  actor: Actor,
  memberCount: number,
): CommunityView {
  return {
    id: community.id,
    slug: community.slug,
    name: community.name,
    description: community.description,
    createdAt: community.createdAt,
    myRole: actor.roles.get(community.id) ?? null,
    memberCount,
  };
}

/** A member; the email only for those who manage members. */
export function memberView(
  membership: MembershipRecord,
  user: UserRecord,
  showEmail: boolean,
): MemberView {
  return {
    user: {
      ...userSummary(user),
      isGuest: user.isGuest,
      ...(showEmail ? { email: user.email } : {}),
    },
    role: membership.role,
    addedAt: membership.addedAt,
  };
}

/** A document's metadata for `actor` (who may read it). */
export async function documentView(
  document: DocumentRecord,
  communitySlug: string,
  actor: Actor,
  users: UserLookup,
): Promise<DocumentView> {
  const creator = await users(document.createdBy);
  const updater = await users(document.updatedBy ?? null);
  const resource = documentResource(document);
  return {
    id: document.id,
    communityId: document.communityId,
    communitySlug,
    title: document.title,
    createdAt: document.createdAt,
    createdBy: creator ? userSummary(creator) : null,
    updatedAt: document.updatedAt,
    restrictedTo: document.restrictedTo,
    myAccess: can(actor, 'document.write', resource) ? 'write' : 'read',
    canManage: can(actor, 'document.manage', resource),
    parentId: document.parentId ?? null,
    position: document.position ?? DEFAULT_POSITION,
    tags: document.tags ?? [],
    updatedBy: updater ? userSummary(updater) : null,
    deletedAt: document.deletedAt,
  };
}

/** An open invitation. */
export async function invitationView(
  invitation: InvitationRecord,
  users: UserLookup,
): Promise<InvitationView> {
  const creator = await users(invitation.createdBy);
  return {
    id: invitation.id,
    role: invitation.role,
    email: invitation.email,
    createdAt: invitation.createdAt,
    expiresAt: invitation.expiresAt,
    createdBy: creator ? userSummary(creator) : null,
  };
}

/** A just-created invitation with its link, shown once. */
export async function createdInvitationView(
  invitation: InvitationRecord,
  token: string,
  users: UserLookup,
  publicUrl: string,
): Promise<CreatedInvitation> {
  return {
    ...(await invitationView(invitation, users)),
    token,
    url: `${publicUrl}/invite/${token}`,
  };
}

/** An API token without its secret. */
export function apiTokenView(token: ApiTokenRecord): ApiTokenView {
  return {
    id: token.id,
    name: token.name,
    createdAt: token.createdAt,
    expiresAt: token.expiresAt,
    lastUsedAt: token.lastUsedAt,
  };
}

/** An audit entry with its actor's name. */
export async function auditEntryView(
  entry: AuditRecord,
  users: UserLookup,
): Promise<AuditEntryView> {
  const actor = await users(entry.actorId);
  return {
    id: entry.id,
    at: entry.at,
    action: entry.action,
    actor: actor ? userSummary(actor) : null,
    communityId: entry.communityId,
    documentId: entry.documentId,
    subjectUserId: entry.subjectUserId,
    details: entry.details,
    ip: entry.ip,
  };
}
