import type { MetaDatabase } from '../storage/meta/MetaDatabase.js';
import type { ApiTokenRecord } from '../storage/meta/records.js';
import { TABLES } from '../storage/meta/tables.js';
import { notFound } from '../domainError.js';
import type { AccessEvents } from './AccessEvents.js';
import { hashSecret, newId, newSecret } from './secrets.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Recognisable prefix, so secret scanners and people can tell a Kring token when they see one. */
export const API_TOKEN_PREFIX = 'kring_';
/** `lastUsedAt` is written at most this often per token. */
const LAST_USED_RESOLUTION_MS = 60_000;

/** Personal API tokens for scripts: `Authorization: Bearer kring_…`, hashed at rest, revocable. */
export class ApiTokenService {
  constructor(
    private readonly db: MetaDatabase,
    private readonly events: AccessEvents,
    private readonly now: () => number = Date.now,
  ) {}

  /** Creates a token; the secret is returned once and never stored. */
  async create(
    userId: string,
    name: string,
    expiresInDays?: number,
  ): Promise<{ token: string; record: ApiTokenRecord }> {
    const token = `${API_TOKEN_PREFIX}${newSecret()}`;
    const record: ApiTokenRecord = {
      id: newId(),
      userId,
      name,
      tokenHash: hashSecret(token),
      createdAt: new Date(this.now()).toISOString(),
      expiresAt:
        expiresInDays === undefined
          ? null
          : new Date(this.now() + expiresInDays * DAY_MS).toISOString(),
      lastUsedAt: null,
    };
    await this.db.write([
      { type: 'put', table: TABLES.tokens, key: record.id, value: record },
      { type: 'put', table: TABLES.tokensByHash, key: record.tokenHash, value: record.id },
      { type: 'put', table: TABLES.tokensByUser, key: `${userId}!${record.id}`, value: record.id },
    ]);
    return { token, record };
  }

  /** The live token for a bearer value, or null (unknown, revoked or expired). */
  async resolve(token: string): Promise<ApiTokenRecord | null> {
    if (!token.startsWith(API_TOKEN_PREFIX)) return null;
    const id = await this.db.get<string>(TABLES.tokensByHash, hashSecret(token));
    const record =
      id === undefined ? undefined : await this.db.get<ApiTokenRecord>(TABLES.tokens, id);
    if (record === undefined) return null;
    if (record.expiresAt !== null && Date.parse(record.expiresAt) <= this.now()) return null;
    const lastUsed = record.lastUsedAt === null ? 0 : Date.parse(record.lastUsedAt);
    if (this.now() - lastUsed > LAST_USED_RESOLUTION_MS) {
      const used = { ...record, lastUsedAt: new Date(this.now()).toISOString() };
      await this.db.write([{ type: 'put', table: TABLES.tokens, key: record.id, value: used }]);
      return used;
    }
    return record;
  }

  /** A user's tokens, oldest first. */
  async list(userId: string): Promise<ApiTokenRecord[]> {
    const ids = await this.db.list<string>(TABLES.tokensByUser, `${userId}!`);
    const records = await Promise.all(
      ids.map((id) => this.db.get<ApiTokenRecord>(TABLES.tokens, id)),
    );
    return records.filter((record): record is ApiTokenRecord => record !== undefined);
  }

  /** Revokes a token of `userId`; connections using it close with 4401. */
  async revoke(userId: string, tokenId: string): Promise<ApiTokenRecord> {
    const record = await this.db.get<ApiTokenRecord>(TABLES.tokens, tokenId);
    if (record === undefined || record.userId !== userId) throw notFound('The token');
    await this.db.write([
      { type: 'del', table: TABLES.tokens, key: record.id },
      { type: 'del', table: TABLES.tokensByHash, key: record.tokenHash },
      { type: 'del', table: TABLES.tokensByUser, key: `${userId}!${record.id}` },
    ]);
    this.events.emit({ kind: 'credentials-revoked', credentialIds: [record.id] });
    return record;
  }
}
