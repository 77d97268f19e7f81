/** Roles a member can hold in a community, from most to least rights. */
export const ROLES = ['owner', 'editor', 'commenter', 'reader'] as const;

/** A member's role in a community. */
export type Role = (typeof ROLES)[number];

/** What a connection may do with a document's content. */
export type DocumentAccess = 'write' | 'read';

/** True for `owner` and `editor`: the roles whose collaboration connections may change content. */
export function roleCanEdit(role: Role): boolean {
  return role === 'owner' || role === 'editor';
}
