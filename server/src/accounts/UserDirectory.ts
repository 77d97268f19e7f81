import type { MetaDatabase, MetaOperation } from '../storage/meta/MetaDatabase.js';
import type { UserRecord } from '../storage/meta/records.js';
import { TABLES } from '../storage/meta/tables.js';
import { DomainError } from '../domainError.js';

const identityKey = (issuer: string, subject: string) => `${issuer} ${subject}`;

/** Accounts: lookup by id, email and OpenID Connect identity; creation with a unique email. */
export class UserDirectory {
  constructor(private readonly db: MetaDatabase) {}

  byId(id: string): Promise<UserRecord | undefined> {
    return this.db.get<UserRecord>(TABLES.users, id);
  }

  async byEmail(email: string): Promise<UserRecord | undefined> {
    const id = await this.db.get<string>(TABLES.usersByEmail, email.toLowerCase());
    return id === undefined ? undefined : this.byId(id);
  }

  async byIdentity(issuer: string, subject: string): Promise<UserRecord | undefined> {
    const id = await this.db.get<string>(TABLES.usersByIdentity, identityKey(issuer, subject));
    return id === undefined ? undefined : this.byId(id);
  }

  /** True while the instance has no account at all (first run). */
  async isEmpty(): Promise<boolean> {
    return (await this.db.list(TABLES.users, '', { limit: 1 })).length === 0;
  }

  /** Every account (admin listings, CLI). */
  all(): Promise<UserRecord[]> {
    return this.db.list<UserRecord>(TABLES.users);
  }

  /**
   * The writes that create `user`; call inside `db.exclusive` after checking the email is free.
   * @throws {DomainError} 409 when the email already has an account.
   */
  async createOperations(user: UserRecord): Promise<MetaOperation[]> {
    if ((await this.db.get(TABLES.usersByEmail, user.email)) !== undefined) {
      throw new DomainError(409, 'conflict', 'An account with this email address already exists.');
    }
    return [
      { type: 'put', table: TABLES.users, key: user.id, value: user },
      { type: 'put', table: TABLES.usersByEmail, key: user.email, value: user.id },
      ...user.identities.map((identity) => ({
        type: 'put' as const,
        table: TABLES.usersByIdentity,
        key: identityKey(identity.issuer, identity.subject),
        value: user.id,
      })),
    ];
  }

  /** The writes that replace a user record (email is immutable here). */
  updateOperations(user: UserRecord): MetaOperation[] {
    return [
      { type: 'put', table: TABLES.users, key: user.id, value: user },
      ...user.identities.map((identity) => ({
        type: 'put' as const,
        table: TABLES.usersByIdentity,
        key: identityKey(identity.issuer, identity.subject),
        value: user.id,
      })),
    ];
  }
}
