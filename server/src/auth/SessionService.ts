import { SESSION_IDLE_DAYS } from '@kring/shared';
import type { MetaDatabase } from '../storage/meta/MetaDatabase.js';
import type { SessionRecord } from '../storage/meta/records.js';
import { TABLES } from '../storage/meta/tables.js';
import type { AccessEvents } from './AccessEvents.js';
import { hashSecret, newSecret } from './secrets.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Browser sessions: a random cookie value whose SHA-256 is the stored key, so a copy of the
 * database does not contain usable sessions. Sliding expiry: each use within the last half of the
 * idle period extends it.
 */
export class SessionService {
  constructor(
    private readonly db: MetaDatabase,
    private readonly events: AccessEvents,
    private readonly now: () => number = Date.now,
  ) {}

  /** Starts a session; the returned `token` goes in the cookie and is not stored. */
  async create(userId: string): Promise<{ token: string; session: SessionRecord }> {
    const token = newSecret();
    const session: SessionRecord = {
      id: hashSecret(token),
      userId,
      csrfToken: newSecret(24),
      createdAt: new Date(this.now()).toISOString(),
      expiresAt: new Date(this.now() + SESSION_IDLE_DAYS * DAY_MS).toISOString(),
    };
    await this.db.write([
      { type: 'put', table: TABLES.sessions, key: session.id, value: session },
      {
        type: 'put',
        table: TABLES.sessionsByUser,
        key: `${userId}!${session.id}`,
        value: session.id,
      },
    ]);
    return { token, session };
  }

  /** The live session for a cookie value, or null (unknown, revoked or expired). */
  async resolve(token: string): Promise<SessionRecord | null> {
    const id = hashSecret(token);
    const session = await this.db.get<SessionRecord>(TABLES.sessions, id);
    if (session === undefined) return null;
    const expiresAt = Date.parse(session.expiresAt);
    if (expiresAt <= this.now()) {
      await this.revoke(session);
      return null;
    }
    if (expiresAt - this.now() < (SESSION_IDLE_DAYS * DAY_MS) / 2) {
      const extended = {
        ...session,
        expiresAt: new Date(this.now() + SESSION_IDLE_DAYS * DAY_MS).toISOString(),
      };
      await this.db.write([{ type: 'put', table: TABLES.sessions, key: id, value: extended }]);
      return extended;
    }
    return session;
  }

  /** Ends one session (logout); its open documents close with 4401. */
  async revoke(session: SessionRecord): Promise<void> {
    await this.db.write([
      { type: 'del', table: TABLES.sessions, key: session.id },
      { type: 'del', table: TABLES.sessionsByUser, key: `${session.userId}!${session.id}` },
    ]);
    this.events.emit({ kind: 'credentials-revoked', credentialIds: [session.id] });
  }

  /** Ends every session of a user except `keep` (log out everywhere, password change). */
  async revokeAll(userId: string, keep?: string): Promise<number> {
    const ids = (await this.db.list<string>(TABLES.sessionsByUser, `${userId}!`)).filter(
      (id) => id !== keep,
    );
    await this.db.write(
      ids.flatMap((id) => [
        { type: 'del' as const, table: TABLES.sessions, key: id },
        { type: 'del' as const, table: TABLES.sessionsByUser, key: `${userId}!${id}` },
      ]),
    );
    if (ids.length > 0) this.events.emit({ kind: 'credentials-revoked', credentialIds: ids });
    return ids.length;
  }
}
