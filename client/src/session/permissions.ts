import { roleCanEdit, type CommunityView, type CurrentUser } from '@kring/shared';

/** What the signed-in person may do in a community, for showing the right controls. */
export interface CommunityPermissions {
  /** Manage members, invitations and read the audit log. */
  readonly manage: boolean;
  /** Create documents. */
  readonly createDocuments: boolean;
}

/**
 * The person's permissions in a community, from their role. An instance admin who is not a
 * member (role null) manages every community. The server decides in the end; this only picks
 * which controls to show.
 */
export function communityPermissions(
  community: Pick<CommunityView, 'myRole'>,
  user: Pick<CurrentUser, 'isAdmin'>,
): CommunityPermissions {
  const { myRole } = community;
  if (myRole === null) return { manage: user.isAdmin, createDocuments: user.isAdmin };
  return { manage: myRole === 'owner', createDocuments: roleCanEdit(myRole) };
}
