import {
  GLOSSARY_LIMITS,
  type createGlossaryEntryRequestSchema,
  type updateGlossaryEntryRequestSchema,
} from '@kring/shared';
import type { z } from 'zod';
import type { AuditLog } from '../audit/AuditLog.js';
import type { Caller } from '../auth/Caller.js';
import { can } from '../auth/permissions.js';
import { newId } from '../auth/secrets.js';
import type { CommunityService } from '../communities/CommunityService.js';
import { DomainError, forbidden, notFound } from '../domainError.js';
import type { MetaDatabase } from '../storage/meta/MetaDatabase.js';
import type { CommunityRecord, GlossaryRecord } from '../storage/meta/records.js';
import { TABLES } from '../storage/meta/tables.js';

/** A validated `POST /api/communities/:slug/glossary` body. */
export type NewGlossaryEntry = z.output<typeof createGlossaryEntryRequestSchema>;
/** A validated `PATCH /api/communities/:slug/glossary/:id` body. */
export type GlossaryEntryChange = z.output<typeof updateGlossaryEntryRequestSchema>;

/** May `caller` change or delete `entry`: its author (still contributing), owners, admins. */
export function mayEditEntry(caller: Caller, entry: GlossaryRecord): boolean {
  const community = { type: 'community', id: entry.communityId } as const;
  if (can(caller.actor, 'community.update', community)) return true;
  return entry.authorId === caller.userId && can(caller.actor, 'glossary.write', community);
}

const termKey = (term: string) => term.trim().toLocaleLowerCase();

/**
 * A community's glossary: terms its members explain for newcomers. Members read it; everyone who
 * may take part (owners, editors, commenters) adds entries; authors and owners change and delete
 * them. Every change is audited. One term per community (ignoring case).
 */
export class Glossary {
  constructor(
    private readonly db: MetaDatabase,
    private readonly communities: CommunityService,
    private readonly audit: AuditLog,
    private readonly now: () => number = Date.now,
  ) {}

  /** The community (for the caller's permissions) and its entries by term. @throws 404 */
  async list(
    caller: Caller,
    slug: string,
  ): Promise<{ community: CommunityRecord; entries: GlossaryRecord[] }> {
    const community = await this.communities.require(caller, slug, 'community.read');
    const entries = await this.entriesOf(community.id);
    entries.sort((a, b) => a.term.localeCompare(b.term, undefined, { sensitivity: 'base' }));
    return { community, entries };
  }

  /** Adds an entry. @throws {DomainError} 404 outside, 403 for readers, 409 for a known term. */
  async create(caller: Caller, slug: string, input: NewGlossaryEntry): Promise<GlossaryRecord> {
    const community = await this.communities.require(caller, slug, 'glossary.write');
    return this.db.exclusive(async () => {
      const entries = await this.entriesOf(community.id);
      if (entries.length >= GLOSSARY_LIMITS.entries) {
        throw new DomainError(
          409,
          'conflict',
          `A glossary keeps at most ${GLOSSARY_LIMITS.entries} entries.`,
        );
      }
      this.requireNewTerm(entries, input.term, null);
      const at = new Date(this.now()).toISOString();
      const record: GlossaryRecord = {
        id: newId(),
        communityId: community.id,
        ...input,
        authorId: caller.userId,
        createdAt: at,
        updatedAt: at,
      };
      await this.write(caller, record, 'glossary.created');
      return record;
    });
  }

  /** Changes an entry. @throws {DomainError} 404 when unknown here, 403 for others' entries. */
  async update(
    caller: Caller,
    slug: string,
    id: string,
    change: GlossaryEntryChange,
  ): Promise<GlossaryRecord> {
    const community = await this.communities.require(caller, slug, 'community.read');
    return this.db.exclusive(async () => {
      const entry = await this.editable(caller, community.id, id);
      if (change.term !== undefined) {
        this.requireNewTerm(await this.entriesOf(community.id), change.term, id);
      }
      const defined = Object.fromEntries(
        Object.entries(change).filter(([, value]) => value !== undefined),
      ) as Partial<GlossaryRecord>;
      const record: GlossaryRecord = {
        ...entry,
        ...defined,
        updatedAt: new Date(this.now()).toISOString(),
      };
      await this.write(caller, record, 'glossary.updated');
      return record;
    });
  }

  /** Deletes an entry. @throws {DomainError} 404 when unknown here, 403 for others' entries. */
  async delete(caller: Caller, slug: string, id: string): Promise<void> {
    const community = await this.communities.require(caller, slug, 'community.read');
    await this.db.exclusive(async () => {
      const entry = await this.editable(caller, community.id, id);
      await this.db.write([
        { type: 'del', table: TABLES.glossary, key: `${community.id}!${id}` },
        ...this.audit.operations({
          action: 'glossary.deleted',
          actorId: caller.userId,
          communityId: community.id,
          details: { term: entry.term },
          ip: caller.ip,
        }),
      ]);
    });
  }

  private entriesOf(communityId: string): Promise<GlossaryRecord[]> {
    return this.db.list<GlossaryRecord>(TABLES.glossary, `${communityId}!`);
  }

  private async editable(caller: Caller, communityId: string, id: string) {
    const entry = await this.db.get<GlossaryRecord>(TABLES.glossary, `${communityId}!${id}`);
    if (entry === undefined) throw notFound('The glossary entry');
    if (!mayEditEntry(caller, entry)) {
      throw forbidden('Only its author and the community’s owners change an entry.');
    }
    return entry;
  }

  private requireNewTerm(entries: readonly GlossaryRecord[], term: string, except: string | null) {
    const key = termKey(term);
    if (entries.some((entry) => entry.id !== except && termKey(entry.term) === key)) {
      throw new DomainError(409, 'conflict', 'The glossary already explains this term.');
    }
  }

  private async write(
    caller: Caller,
    record: GlossaryRecord,
    action: 'glossary.created' | 'glossary.updated',
  ) {
    await this.db.write([
      {
        type: 'put',
        table: TABLES.glossary,
        key: `${record.communityId}!${record.id}`,
        value: record,
      },
      ...this.audit.operations({
        action,
        actorId: caller.userId,
        communityId: record.communityId,
        details: { term: record.term },
        ip: caller.ip,
      }),
    ]);
  }
}
