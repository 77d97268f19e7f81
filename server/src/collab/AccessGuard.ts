import type { IncomingMessage } from 'node:http';
import {
  CLOSE_DOCUMENT_DELETED,
  CLOSE_FORBIDDEN,
  CLOSE_UNAUTHORIZED,
  type CloseReason,
} from '@kring/shared';
import type { UserDirectory } from '../accounts/UserDirectory.js';
import type { AuditLog } from '../audit/AuditLog.js';
import type { AccessChange, AccessEvents } from '../auth/AccessEvents.js';
import type { Authenticator } from '../auth/Authenticator.js';
import { can, type Actor } from '../auth/permissions.js';
import { documentResource, type DocumentDirectory } from '../documents/DocumentDirectory.js';
import type { Logger } from '../logger.js';
import type { DocumentRecord } from '../storage/meta/records.js';
import type { ConnectionIdentity } from './CollabConnection.js';

/** The decision about one upgrade request. */
export type Authorization =
  | { readonly ok: true; readonly identity: ConnectionIdentity }
  | { readonly ok: false; readonly reason: CloseReason };

/** A connection as the guard sees it. */
export interface GuardedConnection {
  readonly userId: string;
  readonly credentialId: string;
  readonly document: { readonly id: string };
  setAccess(access: 'read' | 'write'): void;
  close(reason: CloseReason): void;
}

/** What the guard needs. */
export interface AccessGuardOptions {
  readonly authenticator: Authenticator;
  readonly users: UserDirectory;
  readonly documents: DocumentDirectory;
  readonly events: AccessEvents;
  readonly audit: AuditLog;
  readonly logger: Logger;
  /** `PUBLIC_URL`, when configured: the only origin whose pages may open cookie connections. */
  readonly publicUrl: string | null;
}

/** What `actor` may do with a document's content; `deleted` and `null` (no access) refuse. */
function accessOf(
  actor: Actor,
  document: DocumentRecord | undefined,
): 'read' | 'write' | 'deleted' | null {
  if (document === undefined) return null;
  if (document.deletedAt !== null) return 'deleted';
  const resource = documentResource(document);
  if (!can(actor, 'document.read', resource)) return null;
  return can(actor, 'document.write', resource) ? 'write' : 'read';
}

/** True when a browser's `Origin` is this site (defence against cross-site websocket hijacking). */
function sameSite(request: IncomingMessage, publicUrl: string | null): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  try {
    const host = new URL(origin).host;
    return publicUrl === null ? host === request.headers.host : host === new URL(publicUrl).host;
  } catch {
    return false;
  }
}

/**
 * Decides who may open a document at the websocket upgrade and keeps deciding while they are
 * connected: revoked credentials close with 4401, lost access with 4403, a deleted document with
 * 4410, and a changed role switches the connection between read-only and read-write at once.
 */
export class AccessGuard {
  private readonly connections = new Set<GuardedConnection>();
  private readonly unsubscribe: () => void;

  constructor(private readonly options: AccessGuardOptions) {
    this.unsubscribe = options.events.subscribe((change) => this.onChange(change));
  }

  /** Authenticates an upgrade request and decides its access to `documentId`. */
  async authorize(request: IncomingMessage, documentId: string): Promise<Authorization> {
    const principal = await this.options.authenticator.fromHeaders(request.headers);
    if (principal === null) return { ok: false, reason: CLOSE_UNAUTHORIZED };
    if (principal.credential.kind === 'session' && !sameSite(request, this.options.publicUrl)) {
      return { ok: false, reason: CLOSE_FORBIDDEN };
    }
    const document = await this.options.documents.byId(documentId);
    const access = accessOf(principal.actor, document);
    if (document === undefined || access === null || access === 'deleted') {
      return { ok: false, reason: CLOSE_FORBIDDEN };
    }
    void this.options.audit
      .record({
        action: 'document.opened',
        actorId: principal.user.id,
        communityId: document.communityId,
        documentId,
        details: { access },
        ip: request.socket.remoteAddress ?? null,
      })
      .catch((error: unknown) => this.options.logger.error({ err: error }, 'audit write failed'));
    return {
      ok: true,
      identity: {
        userId: principal.user.id,
        credentialId: principal.credential.id,
        access,
        name: principal.user.name,
        organisation: principal.user.organisation,
      },
    };
  }

  /** Starts watching an open connection. */
  track(connection: GuardedConnection): void {
    this.connections.add(connection);
  }

  /** Stops watching a closed connection. */
  untrack(connection: GuardedConnection): void {
    this.connections.delete(connection);
  }

  /** Stops listening for access changes. */
  dispose(): void {
    this.unsubscribe();
    this.connections.clear();
  }

  private onChange(change: AccessChange): void {
    for (const connection of this.connections) {
      switch (change.kind) {
        case 'credentials-revoked':
          if (change.credentialIds.includes(connection.credentialId)) {
            this.connections.delete(connection);
            connection.close(CLOSE_UNAUTHORIZED);
          }
          break;
        case 'member-changed':
          if (connection.userId === change.userId) void this.recheck(connection);
          break;
        case 'document-changed':
          if (connection.document.id === change.documentId) void this.recheck(connection);
          break;
      }
    }
  }

  private async recheck(connection: GuardedConnection): Promise<void> {
    try {
      const user = await this.options.users.byId(connection.userId);
      const access =
        user === undefined
          ? null
          : accessOf(
              await this.options.authenticator.actorFor(user),
              await this.options.documents.byId(connection.document.id),
            );
      if (!this.connections.has(connection)) return;
      if (access === null || access === 'deleted') {
        this.connections.delete(connection);
        connection.close(access === 'deleted' ? CLOSE_DOCUMENT_DELETED : CLOSE_FORBIDDEN);
      } else {
        connection.setAccess(access);
      }
    } catch (error) {
      this.options.logger.error(
        { err: error },
        're-checking access failed; closing the connection',
      );
      this.connections.delete(connection);
      connection.close(CLOSE_FORBIDDEN);
    }
  }
}
