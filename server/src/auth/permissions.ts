import { roleCanEdit, type Role } from '@kring/shared';

/** Who is asking: an account with its community roles, loaded once per request or connection. */
export interface Actor {
  readonly id: string;
  readonly isAdmin: boolean;
  readonly isGuest: boolean;
  /** The actor's role per community id. */
  readonly roles: ReadonlyMap<string, Role>;
}

/** Actions on the instance as a whole. */
export type InstanceAction = 'community.create' | 'audit.read_all';
/** Actions on one community. */
export type CommunityAction =
  | 'community.read'
  | 'community.update'
  | 'member.list'
  | 'member.manage'
  | 'invitation.manage'
  | 'document.create'
  | 'glossary.write'
  | 'discussion.write'
  | 'audit.read';
/** Actions on one document. */
export type DocumentAction =
  'document.read' | 'document.write' | 'document.comment' | 'document.manage';

/** Everything `can` decides about. */
export type Action = InstanceAction | CommunityAction | DocumentAction;

/** The instance. */
export interface InstanceResource {
  readonly type: 'instance';
}
/** A community. */
export interface CommunityResource {
  readonly type: 'community';
  readonly id: string;
}
/** A document's metadata, as far as permissions are concerned. */
export interface DocumentResource {
  readonly type: 'document';
  readonly communityId: string;
  readonly createdBy: string | null;
  readonly restrictedTo: readonly string[] | null;
  readonly deleted: boolean;
}
/** What an action is about. */
export type Resource = InstanceResource | CommunityResource | DocumentResource;

const COMMUNITY_RULES: Record<CommunityAction, readonly Role[]> = {
  'community.read': ['owner', 'editor', 'commenter', 'reader'],
  'member.list': ['owner', 'editor', 'commenter', 'reader'],
  'document.create': ['owner', 'editor'],
  // Everyone who may take part in the discussion (not readers) explains terms.
  'glossary.write': ['owner', 'editor', 'commenter'],
  // Asking and answering community questions: the same people who take part.
  'discussion.write': ['owner', 'editor', 'commenter'],
  'community.update': ['owner'],
  'member.manage': ['owner'],
  'invitation.manage': ['owner'],
  'audit.read': ['owner'],
};

function canOnDocument(actor: Actor, action: DocumentAction, document: DocumentResource): boolean {
  if (document.deleted) return false;
  if (actor.isAdmin) return true;
  const role = actor.roles.get(document.communityId);
  if (role === undefined) return false;
  const isCreator = document.createdBy === actor.id;
  const mayOpen =
    document.restrictedTo === null ||
    role === 'owner' ||
    isCreator ||
    document.restrictedTo.includes(actor.id);
  if (!mayOpen) return false;
  switch (action) {
    case 'document.read':
      return true;
    case 'document.write':
      return roleCanEdit(role);
    case 'document.comment':
      return role !== 'reader';
    case 'document.manage':
      return role === 'owner' || (isCreator && roleCanEdit(role));
  }
}

/**
 * The one permission rule of Kring, used by every route and the collaboration websocket. Pure:
 * everything it needs is in its arguments. `null` actor = not signed in (always denied).
 *
 * - Instance admins may do everything (except open a deleted document).
 * - In a community: owners manage it; editors create and edit documents; commenters comment;
 *   readers read. Guests are accounts scoped to their communities: they cannot create communities.
 * - A restricted document opens only for the members named in it, the community's owners and its
 *   creator, each still limited by their community role.
 */
export function can(actor: Actor | null, action: Action, resource: Resource): boolean {
  if (actor === null) return false;
  switch (resource.type) {
    case 'instance':
      if (action === 'community.create') return actor.isAdmin || !actor.isGuest;
      return action === 'audit.read_all' && actor.isAdmin;
    case 'community': {
      if (!(action in COMMUNITY_RULES)) return false;
      if (actor.isAdmin) return true;
      const role = actor.roles.get(resource.id);
      return role !== undefined && COMMUNITY_RULES[action as CommunityAction].includes(role);
    }
    case 'document':
      if (!action.startsWith('document.') || action === 'document.create') return false;
      return canOnDocument(actor, action as DocumentAction, resource);
  }
}
