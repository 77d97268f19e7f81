import { DEFAULT_POSITION, positionBetween, stripBidiControls } from '@kring/shared';
import type { AuditLog } from '../audit/AuditLog.js';
import type { AccessEvents } from '../auth/AccessEvents.js';
import type { Caller } from '../auth/Caller.js';
import { can, type DocumentAction, type DocumentResource } from '../auth/permissions.js';
import { newId } from '../auth/secrets.js';
import type { CommunityService } from '../communities/CommunityService.js';
import type { MembershipDirectory } from '../communities/MembershipDirectory.js';
import { DomainError, forbidden, notFound } from '../domainError.js';
import type { MetaDatabase, MetaOperation } from '../storage/meta/MetaDatabase.js';
import type { DocumentRecord } from '../storage/meta/records.js';
import { TableCache } from '../storage/meta/TableCache.js';
import { TABLES } from '../storage/meta/tables.js';

/** The permission-relevant view of a document record. */
export function documentResource(document: DocumentRecord): DocumentResource {
  return {
    type: 'document',
    communityId: document.communityId,
    createdBy: document.createdBy,
    restrictedTo: document.restrictedTo,
    deleted: document.deletedAt !== null,
  };
}

/** The one answer for a parent that is unknown, trashed, elsewhere or not readable. */
const unusableParent = (): DomainError =>
  new DomainError(400, 'invalid_request', 'The parent page is not in this community.');

/**
 * The one answer for a client-chosen id that exists but is not the caller's to see (restricted,
 * trashed, another community): the id is taken, nothing more.
 */
const unusableId = (): DomainError =>
  new DomainError(409, 'conflict', 'This id cannot be used. Choose another one.');

/** Document metadata: which community a document belongs to, who may open it, its title. */
export class DocumentDirectory {
  private readonly cache: TableCache<DocumentRecord>;

  constructor(
    private readonly db: MetaDatabase,
    private readonly communities: CommunityService,
    private readonly memberships: MembershipDirectory,
    private readonly audit: AuditLog,
    private readonly events: AccessEvents,
    private readonly now: () => number = Date.now,
  ) {
    this.cache = new TableCache(db, [TABLES.documents, TABLES.documentsByCommunity]);
  }

  /** The record, whoever asks (the collaboration endpoint checks with `can` itself). */
  byId(id: string): Promise<DocumentRecord | undefined> {
    return this.db.get<DocumentRecord>(TABLES.documents, id);
  }

  /** A document `caller` may do `action` on; 404 when they may not even read it. */
  async require(caller: Caller, id: string, action: DocumentAction): Promise<DocumentRecord> {
    const document = await this.byId(id);
    if (document === undefined || !can(caller.actor, 'document.read', documentResource(document))) {
      throw notFound('The document');
    }
    if (!can(caller.actor, action, documentResource(document))) throw forbidden();
    return document;
  }

  /** The community's documents `caller` may read, most recently updated first. */
  async listFor(caller: Caller, slug: string): Promise<DocumentRecord[]> {
    const community = await this.communities.require(caller, slug, 'community.read');
    return (await this.inCommunity(community.id))
      .filter((document) => can(caller.actor, 'document.read', documentResource(document)))
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  /**
   * Every document of a community, trashed ones included, unchecked (for services). Cached until
   * the next write to the document tables: search asks for this on every keystroke.
   */
  inCommunity(communityId: string): Promise<DocumentRecord[]> {
    return this.cache.get(communityId, async () => {
      const ids = await this.db.list<string>(TABLES.documentsByCommunity, `${communityId}!`);
      const documents = await Promise.all(ids.map((id) => this.byId(id)));
      return documents.filter((document): document is DocumentRecord => document !== undefined);
    });
  }

  /**
   * Creates a document in a community. Idempotent for client-generated ids (offline-first): the
   * same id in the same community answers the existing record with `created: false`.
   */
  async create(
    caller: Caller,
    slug: string,
    input: { id?: string | undefined; title: string; parentId?: string | null | undefined },
  ): Promise<{ document: DocumentRecord; created: boolean }> {
    const community = await this.communities.require(caller, slug, 'document.create');
    return this.db.exclusive(async () => {
      const siblings = (await this.inCommunity(community.id)).filter(
        (other) =>
          other.deletedAt === null && (other.parentId ?? null) === (input.parentId ?? null),
      );
      if (input.parentId && !(await this.isReadableIn(caller, input.parentId, community.id))) {
        throw unusableParent();
      }
      const last =
        siblings
          .map((other) => other.position ?? DEFAULT_POSITION)
          .sort()
          .at(-1) ?? null;
      const id = input.id ?? newId();
      const existing = await this.byId(id);
      if (existing !== undefined) {
        if (await this.isReadableIn(caller, id, community.id)) {
          return { document: existing, created: false };
        }
        throw unusableId();
      }
      const at = new Date(this.now()).toISOString();
      const document: DocumentRecord = {
        id,
        communityId: community.id,
        title: input.title,
        createdAt: at,
        createdBy: caller.userId,
        updatedAt: at,
        restrictedTo: null,
        deletedAt: null,
        parentId: input.parentId ?? null,
        position: positionBetween(last, null),
        tags: [],
        updatedBy: caller.userId,
      };
      await this.db.write([
        { type: 'put', table: TABLES.documents, key: id, value: document },
        {
          type: 'put',
          table: TABLES.documentsByCommunity,
          key: `${community.id}!${id}`,
          value: id,
        },
        ...this.audit.operations({
          action: 'document.created',
          actorId: caller.userId,
          communityId: community.id,
          documentId: id,
          ip: caller.ip,
        }),
      ]);
      return { document, created: true };
    });
  }

  /** Restricts a document to named members (or opens it to the community with `null`). */
  async setAccess(
    caller: Caller,
    id: string,
    restrictedTo: readonly string[] | null,
  ): Promise<DocumentRecord> {
    const updated = await this.db.exclusive(async () => {
      const document = await this.require(caller, id, 'document.manage');
      if (restrictedTo !== null) {
        const members = new Set(
          (await this.memberships.ofCommunity(document.communityId)).map((m) => m.userId),
        );
        const strangers = restrictedTo.filter((userId) => !members.has(userId));
        if (strangers.length > 0) {
          throw new DomainError(
            400,
            'invalid_request',
            'Only members of the community can be named.',
          );
        }
      }
      const updated: DocumentRecord = {
        ...document,
        restrictedTo: restrictedTo === null ? null : [...new Set(restrictedTo)],
      };
      await this.db.write([
        { type: 'put', table: TABLES.documents, key: id, value: updated },
        ...this.audit.operations({
          action: 'document.access_changed',
          actorId: caller.userId,
          communityId: document.communityId,
          documentId: id,
          details: {
            restricted:
              restrictedTo === null ? 'no' : `${updated.restrictedTo?.length ?? 0} members`,
          },
          ip: caller.ip,
        }),
      ]);
      return updated;
    });
    this.events.emit({ kind: 'document-changed', documentId: id });
    return updated;
  }

  /** True when `id` is a document of `communityId` that is not in the trash. */
  async isLiveIn(id: string, communityId: string): Promise<boolean> {
    const document = await this.byId(id);
    return (
      document !== undefined && document.communityId === communityId && document.deletedAt === null
    );
  }

  /**
   * True when `id` is a live document of `communityId` that `caller` may read: anything else
   * (unknown, trashed, elsewhere, restricted) must look the same to the caller.
   */
  async isReadableIn(caller: Caller, id: string, communityId: string): Promise<boolean> {
    const document = await this.byId(id);
    return (
      document !== undefined &&
      document.communityId === communityId &&
      document.deletedAt === null &&
      can(caller.actor, 'document.read', documentResource(document))
    );
  }

  /** Replaces a record as it is (callers hold `db.exclusive` and checked permissions). */
  putOperation(document: DocumentRecord): MetaOperation {
    return { type: 'put', table: TABLES.documents, key: document.id, value: document };
  }

  /** Records the title, time and author of the latest change, as read from the content. */
  touch(id: string, title: string, updatedBy: string | null = null): Promise<void> {
    return this.db.exclusive(async () => {
      const document = await this.byId(id);
      if (document === undefined || document.deletedAt !== null) return;
      await this.db.write([
        {
          type: 'put',
          table: TABLES.documents,
          key: id,
          value: {
            ...document,
            // The content's title is typed by any editor: the same cleaning as API titles.
            title: stripBidiControls(title),
            updatedAt: new Date(this.now()).toISOString(),
            updatedBy: updatedBy ?? document.updatedBy ?? null,
          },
        },
      ]);
    });
  }
}
