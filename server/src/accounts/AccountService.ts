import { PASSWORD_RESET_MINUTES } from '@kring/shared';
import type { AuditLog } from '../audit/AuditLog.js';
import { createDecoyHash, hashPassword, verifyPassword } from '../auth/passwords.js';
import { hashSecret, newId, newSecret } from '../auth/secrets.js';
import type { SessionService } from '../auth/SessionService.js';
import type { InvitationService } from '../communities/InvitationService.js';
import { DomainError } from '../domainError.js';
import type { MetaDatabase, MetaOperation } from '../storage/meta/MetaDatabase.js';
import type { PasswordResetRecord, UserRecord } from '../storage/meta/records.js';
import { TABLES } from '../storage/meta/tables.js';
import type { UserDirectory } from './UserDirectory.js';

/** A new account's details. */
export interface NewAccount {
  readonly name: string;
  readonly email: string;
  readonly organisation: string;
  readonly password: string | null;
  readonly identity?: { readonly issuer: string; readonly subject: string };
}

/** What a sign-up may rely on to be allowed. */
export interface SignupGrounds {
  readonly invitation?: string | undefined;
  /** Email domains whose people may sign up without invitation (lower-case). */
  readonly allowedDomains: readonly string[];
  readonly ip: string | null;
  /** Make the account an instance admin regardless (admin CLI). */
  readonly admin?: boolean;
  /** Admin CLI: create it regardless, as a guest (true) or a full member (false). */
  readonly asGuest?: boolean;
}

const invalidCredentials = () =>
  new DomainError(401, 'invalid_credentials', 'The email address or password is not correct.');
const invalidResetToken = () =>
  new DomainError(400, 'invalid_token', 'This password reset link is not valid (anymore).');

/** The domain of an email address, lower-case. */
export const emailDomain = (email: string): string =>
  email.slice(email.lastIndexOf('@') + 1).toLowerCase();

/**
 * Accounts: sign-up (first run, invitation, allowed domain), password login without user
 * enumeration, password changes and resets.
 */
export class AccountService {
  private decoy: Promise<string> | null = null;

  constructor(
    private readonly db: MetaDatabase,
    private readonly users: UserDirectory,
    private readonly sessions: SessionService,
    private readonly invitations: InvitationService,
    private readonly audit: AuditLog,
    private readonly passwordCost: number,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Creates an account when allowed: the very first account (it becomes instance admin), with a
   * valid invitation (a guest unless the email domain is allowed), or with an allowed domain.
   * @throws {DomainError} `signup_closed`, `invalid_token`, `conflict`.
   */
  async signup(account: NewAccount, grounds: SignupGrounds): Promise<UserRecord> {
    const passwordHash =
      account.password === null ? null : await hashPassword(account.password, this.passwordCost);
    return this.db.exclusive(async () => {
      const firstRun = await this.users.isEmpty();
      const byAdmin = grounds.admin === true || grounds.asGuest !== undefined;
      const domainAllowed =
        grounds.allowedDomains.includes(emailDomain(account.email)) || grounds.asGuest === false;
      const invited =
        grounds.invitation === undefined
          ? null
          : await this.invitations.resolve(grounds.invitation);
      if (!firstRun && !byAdmin && invited === null && !domainAllowed) {
        throw new DomainError(
          403,
          'signup_closed',
          'Signing up needs an invitation from a community owner.',
        );
      }
      const user: UserRecord = {
        id: newId(),
        email: account.email,
        name: account.name,
        organisation: account.organisation,
        isAdmin: firstRun || grounds.admin === true,
        isGuest: !firstRun && grounds.admin !== true && (grounds.asGuest ?? !domainAllowed),
        createdAt: new Date(this.now()).toISOString(),
        passwordHash,
        identities: account.identity ? [account.identity] : [],
      };
      const operations: MetaOperation[] = [
        ...(await this.users.createOperations(user)),
        ...this.audit.operations({
          action: 'signup',
          actorId: user.id,
          subjectUserId: user.id,
          details: {
            via: account.identity ? 'oidc' : 'password',
            ...(user.isAdmin ? { admin: 'yes' } : {}),
          },
          ip: grounds.ip,
        }),
      ];
      if (invited !== null) {
        operations.push(
          ...(await this.invitations.acceptOperations(invited.invitation, user, grounds.ip)),
        );
      }
      await this.db.write(operations);
      return user;
    });
  }

  /**
   * Checks email and password. Unknown email and wrong password give the same error after the same
   * work (a decoy hash is verified), and both are audited.
   */
  async login(email: string, password: string, ip: string | null): Promise<UserRecord> {
    const user = await this.users.byEmail(email);
    const hash = user?.passwordHash ?? (await (this.decoy ??= createDecoyHash(this.passwordCost)));
    const matches = await verifyPassword(password, hash);
    if (!user || user.passwordHash === null || !matches) {
      await this.audit.record({
        action: 'login.failed',
        actorId: user?.id ?? null,
        details: { email },
        ip,
      });
      throw invalidCredentials();
    }
    await this.audit.record({
      action: 'login',
      actorId: user.id,
      details: { via: 'password' },
      ip,
    });
    return user;
  }

  /** Changes a password after checking the current one; other sessions end. */
  async changePassword(
    user: UserRecord,
    current: string,
    next: string,
    keepSession: string,
    ip: string | null,
  ): Promise<void> {
    if (user.passwordHash === null || !(await verifyPassword(current, user.passwordHash))) {
      throw invalidCredentials();
    }
    await this.setPassword(user.id, next, 'password.changed', ip);
    await this.sessions.revokeAll(user.id, keepSession);
  }

  /**
   * Issues a single-use reset link token for an account, or null when there is no such account.
   * The HTTP layer answers the same in both cases.
   */
  async issueReset(email: string): Promise<string | null> {
    const user = await this.users.byEmail(email);
    if (user === undefined) return null;
    const token = newSecret();
    const record: PasswordResetRecord = {
      userId: user.id,
      expiresAt: new Date(this.now() + PASSWORD_RESET_MINUTES * 60_000).toISOString(),
    };
    await this.db.write([
      { type: 'put', table: TABLES.passwordResets, key: hashSecret(token), value: record },
    ]);
    return token;
  }

  /** Sets a new password with a reset token; every session of the account ends. */
  async completeReset(token: string, password: string, ip: string | null): Promise<void> {
    const key = hashSecret(token);
    const record = await this.db.get<PasswordResetRecord>(TABLES.passwordResets, key);
    if (record === undefined || Date.parse(record.expiresAt) <= this.now())
      throw invalidResetToken();
    await this.db.write([{ type: 'del', table: TABLES.passwordResets, key }]);
    await this.setPassword(record.userId, password, 'password.reset', ip);
    await this.sessions.revokeAll(record.userId);
  }

  /** Updates name and organisation. */
  updateProfile(
    userId: string,
    patch: { name?: string | undefined; organisation?: string | undefined },
  ): Promise<UserRecord> {
    return this.db.exclusive(async () => {
      const user = await this.users.byId(userId);
      if (user === undefined) throw new DomainError(404, 'not_found', 'The account was not found.');
      const updated: UserRecord = {
        ...user,
        ...(patch.name === undefined ? {} : { name: patch.name }),
        ...(patch.organisation === undefined ? {} : { organisation: patch.organisation }),
      };
      await this.db.write(this.users.updateOperations(updated));
      return updated;
    });
  }

  /** Links an OpenID Connect identity to an existing account. */
  linkIdentity(
    user: UserRecord,
    identity: { issuer: string; subject: string },
  ): Promise<UserRecord> {
    return this.db.exclusive(async () => {
      const current = (await this.users.byId(user.id)) ?? user;
      const updated: UserRecord = { ...current, identities: [...current.identities, identity] };
      await this.db.write(this.users.updateOperations(updated));
      return updated;
    });
  }

  private async setPassword(
    userId: string,
    password: string,
    action: 'password.changed' | 'password.reset',
    ip: string | null,
  ): Promise<void> {
    const passwordHash = await hashPassword(password, this.passwordCost);
    await this.db.exclusive(async () => {
      const user = await this.users.byId(userId);
      if (user === undefined) throw invalidResetToken();
      await this.db.write([
        ...this.users.updateOperations({ ...user, passwordHash }),
        ...this.audit.operations({ action, actorId: userId, subjectUserId: userId, ip }),
      ]);
    });
  }
}
