import type { FavouriteView } from '@kring/shared';
import type { Caller } from '../auth/Caller.js';
import { can } from '../auth/permissions.js';
import type { CommunityService } from '../communities/CommunityService.js';
import { documentResource, type DocumentDirectory } from '../documents/DocumentDirectory.js';
import { notFound } from '../domainError.js';
import type { MetaDatabase } from '../storage/meta/MetaDatabase.js';
import type { DocumentRecord } from '../storage/meta/records.js';
import { TABLES } from '../storage/meta/tables.js';

/** One pinned page of one person. */
export interface FavouriteRecord {
  readonly documentId: string;
  /** Sort key: pages stay in the order they were pinned. */
  readonly order: number;
}

/**
 * Pages a person pinned ("favourites"). Only ever shows what the person can read at the moment
 * of asking: a page they lost access to stays pinned but is left out (and comes back with the
 * access), a purged page is forgotten through {@link purge}.
 */
export class Favourites {
  constructor(
    private readonly db: MetaDatabase,
    private readonly documents: DocumentDirectory,
    private readonly communities: CommunityService,
  ) {}

  /** The caller's pinned pages they can read now, in pinning order. */
  async list(caller: Caller): Promise<FavouriteView[]> {
    const records = await this.db.list<FavouriteRecord>(TABLES.favourites, `${caller.actor.id}!`);
    records.sort((a, b) => a.order - b.order);
    const views: FavouriteView[] = [];
    for (const record of records) {
      const document = await this.documents.byId(record.documentId);
      if (document === undefined || !this.readable(caller, document)) continue;
      const community = await this.communities.byId(document.communityId);
      if (community === undefined) continue;
      views.push({ documentId: document.id, title: document.title, communitySlug: community.slug });
    }
    return views;
  }

  /**
   * Pins a page (again: nothing changes).
   * @throws {DomainError} 404 when the page is unknown or the caller cannot read it.
   */
  async add(caller: Caller, documentId: string): Promise<void> {
    const document = await this.documents.byId(documentId);
    if (document === undefined || !this.readable(caller, document)) throw notFound('The document');
    const userId = caller.actor.id;
    await this.db.exclusive(async () => {
      const key = `${userId}!${documentId}`;
      if ((await this.db.get(TABLES.favourites, key)) !== undefined) return;
      const last = await this.db.list<FavouriteRecord>(TABLES.favourites, `${userId}!`);
      const order = last.reduce((highest, record) => Math.max(highest, record.order), 0) + 1;
      await this.db.write([
        { type: 'put', table: TABLES.favourites, key, value: { documentId, order } },
        {
          type: 'put',
          table: TABLES.favouritesByDocument,
          key: `${documentId}!${userId}`,
          value: userId,
        },
      ]);
    });
  }

  /** Unpins a page; unpinning one that is not pinned (or unknown) is fine. */
  async remove(caller: Caller, documentId: string): Promise<void> {
    const userId = caller.actor.id;
    await this.db.write([
      { type: 'del', table: TABLES.favourites, key: `${userId}!${documentId}` },
      { type: 'del', table: TABLES.favouritesByDocument, key: `${documentId}!${userId}` },
    ]);
  }

  /** Forgets every pin of a purged page (a {@link DocumentLifecycle} purge step). */
  async purge(documentId: string): Promise<void> {
    const userIds = await this.db.list<string>(TABLES.favouritesByDocument, `${documentId}!`);
    await this.db.write(
      userIds.flatMap((userId) => [
        { type: 'del' as const, table: TABLES.favourites, key: `${userId}!${documentId}` },
        {
          type: 'del' as const,
          table: TABLES.favouritesByDocument,
          key: `${documentId}!${userId}`,
        },
      ]),
    );
  }

  /** Readable and not in the trash: a pinned page in the trash is not shown in the sidebar. */
  private readable(caller: Caller, document: DocumentRecord): boolean {
    return (
      document.deletedAt === null && can(caller.actor, 'document.read', documentResource(document))
    );
  }
}
