import type { IncomingHttpHeaders } from 'node:http';
import { SESSION_COOKIE } from '@kring/shared';
import type { UserDirectory } from '../accounts/UserDirectory.js';
import type { MembershipDirectory } from '../communities/MembershipDirectory.js';
import type { ApiTokenRecord, SessionRecord, UserRecord } from '../storage/meta/records.js';
import type { ApiTokenService } from './ApiTokenService.js';
import type { Actor } from './permissions.js';
import type { SessionService } from './SessionService.js';

/** How a request or connection proved who it is. */
export type Credential =
  | { readonly kind: 'session'; readonly id: string; readonly session: SessionRecord }
  | { readonly kind: 'token'; readonly id: string; readonly token: ApiTokenRecord };

/** An authenticated caller: the account, its roles, and the credential used. */
export interface Principal {
  readonly user: UserRecord;
  readonly actor: Actor;
  readonly credential: Credential;
}

/** The cookie name used when the cookie is `Secure` (the prefix makes browsers enforce it). */
export const SECURE_SESSION_COOKIE = `__Host-${SESSION_COOKIE}`;

/** Reads one cookie from a `Cookie` header. */
export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0) continue;
    if (part.slice(0, separator).trim() === name) {
      const value = part.slice(separator + 1).trim();
      return value === '' ? null : value;
    }
  }
  return null;
}

/** The bearer token of an `Authorization` header, or null. */
export function readBearer(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1] ?? null;
}

/**
 * Resolves the caller of an HTTP request or websocket upgrade from its session cookie or its
 * `Authorization: Bearer` API token. A bearer header wins over a cookie: scripts never carry
 * cookies, and a browser never sends the header.
 */
export class Authenticator {
  constructor(
    private readonly users: UserDirectory,
    private readonly memberships: MembershipDirectory,
    private readonly sessions: SessionService,
    private readonly tokens: ApiTokenService,
  ) {}

  /** The principal behind these headers, or null when there are no valid credentials. */
  async fromHeaders(headers: IncomingHttpHeaders): Promise<Principal | null> {
    const bearer = readBearer(headers.authorization);
    if (bearer !== null) {
      const token = await this.tokens.resolve(bearer);
      return token === null
        ? null
        : this.principal(token.userId, { kind: 'token', id: token.id, token });
    }
    const cookie =
      readCookie(headers.cookie, SECURE_SESSION_COOKIE) ??
      readCookie(headers.cookie, SESSION_COOKIE);
    if (cookie === null) return null;
    const session = await this.sessions.resolve(cookie);
    return session === null
      ? null
      : this.principal(session.userId, { kind: 'session', id: session.id, session });
  }

  /** The principal for a session just created (login, signup). */
  async forSession(user: UserRecord, session: SessionRecord): Promise<Principal> {
    return {
      user,
      actor: await this.actorFor(user),
      credential: { kind: 'session', id: session.id, session },
    };
  }

  /** The actor (account + current roles) for a user, re-read from storage. */
  async actorFor(user: UserRecord): Promise<Actor> {
    const memberships = await this.memberships.ofUser(user.id);
    return {
      id: user.id,
      isAdmin: user.isAdmin,
      isGuest: user.isGuest,
      roles: new Map(memberships.map((membership) => [membership.communityId, membership.role])),
    };
  }

  private async principal(userId: string, credential: Credential): Promise<Principal | null> {
    const user = await this.users.byId(userId);
    if (user === undefined) return null;
    return { user, actor: await this.actorFor(user), credential };
  }
}
