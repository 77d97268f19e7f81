import type { MetaDatabase, MetaOperation } from '../storage/meta/MetaDatabase.js';
import type { MembershipRecord } from '../storage/meta/records.js';
import { TABLES } from '../storage/meta/tables.js';

/** Who is in which community with which role, readable by community and by person. */
export class MembershipDirectory {
  constructor(private readonly db: MetaDatabase) {}

  get(communityId: string, userId: string): Promise<MembershipRecord | undefined> {
    return this.db.get<MembershipRecord>(TABLES.members, `${communityId}!${userId}`);
  }

  /** A community's members. */
  ofCommunity(communityId: string): Promise<MembershipRecord[]> {
    return this.db.list<MembershipRecord>(TABLES.members, `${communityId}!`);
  }

  /** A person's memberships. */
  ofUser(userId: string): Promise<MembershipRecord[]> {
    return this.db.list<MembershipRecord>(TABLES.membershipsByUser, `${userId}!`);
  }

  /** The writes that add or change a membership. */
  putOperations(membership: MembershipRecord): MetaOperation[] {
    return [
      {
        type: 'put',
        table: TABLES.members,
        key: `${membership.communityId}!${membership.userId}`,
        value: membership,
      },
      {
        type: 'put',
        table: TABLES.membershipsByUser,
        key: `${membership.userId}!${membership.communityId}`,
        value: membership,
      },
    ];
  }

  /** The writes that end a membership. */
  deleteOperations(communityId: string, userId: string): MetaOperation[] {
    return [
      { type: 'del', table: TABLES.members, key: `${communityId}!${userId}` },
      { type: 'del', table: TABLES.membershipsByUser, key: `${userId}!${communityId}` },
    ];
  }
}
