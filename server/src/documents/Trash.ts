import type { AuditLog } from '../audit/AuditLog.js';
import type { AccessEvents } from '../auth/AccessEvents.js';
import type { Caller } from '../auth/Caller.js';
import { can } from '../auth/permissions.js';
import type { CommunityService } from '../communities/CommunityService.js';
import { notFound, forbidden } from '../domainError.js';
import type { MetaDatabase } from '../storage/meta/MetaDatabase.js';
import type { DocumentRecord } from '../storage/meta/records.js';
import { TABLES } from '../storage/meta/tables.js';
import { documentResource, type DocumentDirectory } from './DocumentDirectory.js';
import type { DocumentLifecycle } from './DocumentLifecycle.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A trashed record with the id of the page whose deletion took it along. */
type Trashed = DocumentRecord & { readonly trashedWith?: string };

/** Permission check of a trashed page as if it were still in place. */
const asLive = (document: DocumentRecord) => ({ ...documentResource(document), deleted: false });

/**
 * The per-community trash: deleting a page moves it and its sub-pages there (their open
 * connections close with 4410); restoring brings the same set back; after the retention period
 * they are purged for good, content included.
 */
export class Trash {
  constructor(
    private readonly db: MetaDatabase,
    private readonly documents: DocumentDirectory,
    private readonly communities: CommunityService,
    private readonly lifecycle: DocumentLifecycle,
    private readonly audit: AuditLog,
    private readonly events: AccessEvents,
    private readonly now: () => number = Date.now,
  ) {}

  /** Moves a page and everything below it to the trash. */
  async moveToTrash(caller: Caller, id: string): Promise<void> {
    const trashed = await this.db.exclusive(async () => {
      const document = await this.documents.require(caller, id, 'document.manage');
      const all = await this.documents.inCommunity(document.communityId);
      const subtree = [document, ...descendants(all, id).filter((d) => d.deletedAt === null)];
      const at = new Date(this.now()).toISOString();
      await this.db.write([
        ...subtree.map((page) =>
          this.documents.putOperation({ ...page, deletedAt: at, trashedWith: id } as Trashed),
        ),
        ...this.audit.operations({
          action: 'document.deleted',
          actorId: caller.userId,
          communityId: document.communityId,
          documentId: id,
          details: { pages: String(subtree.length) },
          ip: caller.ip,
        }),
      ]);
      return subtree;
    });
    for (const page of trashed) this.events.emit({ kind: 'document-changed', documentId: page.id });
  }

  /** Trashed pages of a community the caller could manage. */
  async list(caller: Caller, slug: string): Promise<DocumentRecord[]> {
    const community = await this.communities.require(caller, slug, 'community.read');
    return (await this.documents.inCommunity(community.id))
      .filter(
        (page) => page.deletedAt !== null && can(caller.actor, 'document.manage', asLive(page)),
      )
      .sort((a, b) => (b.deletedAt ?? '').localeCompare(a.deletedAt ?? ''));
  }

  /** Restores a trashed page with the pages trashed along with it. */
  async restore(caller: Caller, id: string): Promise<DocumentRecord> {
    return this.db.exclusive(async () => {
      const page = (await this.documents.byId(id)) as Trashed | undefined;
      if (
        page === undefined ||
        page.deletedAt === null ||
        !can(caller.actor, 'document.read', asLive(page))
      ) {
        throw notFound('The page');
      }
      if (!can(caller.actor, 'document.manage', asLive(page))) throw forbidden();
      const all = (await this.documents.inCommunity(page.communityId)) as Trashed[];
      const group = all.filter((other) => other.id === id || other.trashedWith === id);
      const parentAlive =
        !page.parentId || (await this.documents.isLiveIn(page.parentId, page.communityId));
      const restored: DocumentRecord[] = group.map(({ trashedWith: _dropped, ...rest }) => ({
        ...rest,
        deletedAt: null,
        ...(rest.id === id && !parentAlive ? { parentId: null } : {}),
      }));
      await this.db.write([
        ...restored.map((one) => this.documents.putOperation(one)),
        ...this.audit.operations({
          action: 'document.restored',
          actorId: caller.userId,
          communityId: page.communityId,
          documentId: id,
          ip: caller.ip,
        }),
      ]);
      return restored.find((one) => one.id === id)!;
    });
  }

  /**
   * Deletes for good what has been in the trash longer than `retentionDays`: the record at once
   * (nothing can open or restore it after that), then everything else the document lifecycle
   * knows of (content, versions, links, attachments, search entries). Returns how many.
   */
  async purge(retentionDays: number): Promise<number> {
    const cutoff = this.now() - retentionDays * DAY_MS;
    const expired = await this.db.exclusive(async () => {
      const all = await this.db.list<DocumentRecord>(TABLES.documents);
      const old = all.filter(
        (page) => page.deletedAt !== null && Date.parse(page.deletedAt) < cutoff,
      );
      await this.db.write(
        old.flatMap((page) => [
          { type: 'del' as const, table: TABLES.documents, key: page.id },
          {
            type: 'del' as const,
            table: TABLES.documentsByCommunity,
            key: `${page.communityId}!${page.id}`,
          },
          this.lifecycle.pendingOperation(page.id),
        ]),
      );
      return old;
    });
    await this.lifecycle.resume();
    return expired.length;
  }
}

/** Every page below `id` in a community's tree. */
export function descendants(pages: readonly DocumentRecord[], id: string): DocumentRecord[] {
  const below: DocumentRecord[] = [];
  const queue = [id];
  for (let parent = queue.shift(); parent !== undefined; parent = queue.shift()) {
    for (const page of pages) {
      if ((page.parentId ?? null) === parent) {
        below.push(page);
        queue.push(page.id);
      }
    }
  }
  return below;
}
