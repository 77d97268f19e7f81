import { DEFAULT_POSITION, positionBetween, type TagCount } from '@kring/shared';
import type { AuditLog } from '../audit/AuditLog.js';
import type { Caller } from '../auth/Caller.js';
import { can } from '../auth/permissions.js';
import type { CommunityService } from '../communities/CommunityService.js';
import { DomainError } from '../domainError.js';
import type { MetaDatabase } from '../storage/meta/MetaDatabase.js';
import type { DocumentRecord } from '../storage/meta/records.js';
import { documentResource, type DocumentDirectory } from './DocumentDirectory.js';
import { descendants } from './Trash.js';

/** A move and/or new tags for a page. */
export interface PageChange {
  readonly parentId?: string | null | undefined;
  readonly position?: string | undefined;
  readonly tags?: readonly string[] | undefined;
}

/** A community's page tree (parent, order among siblings) and tags. Editors may change both. */
export class PageTree {
  constructor(
    private readonly db: MetaDatabase,
    private readonly documents: DocumentDirectory,
    private readonly communities: CommunityService,
    private readonly audit: AuditLog,
  ) {}

  /**
   * Moves a page (under another page of the same community, or to the top) and/or sets its tags.
   * Without a `position`, a moved page goes last among its new siblings.
   * @throws {DomainError} 400 for a parent elsewhere or inside the page itself.
   */
  update(caller: Caller, id: string, change: PageChange): Promise<DocumentRecord> {
    return this.db.exclusive(async () => {
      const page = await this.documents.require(caller, id, 'document.write');
      const all = (await this.documents.inCommunity(page.communityId)).filter(
        (other) => other.deletedAt === null,
      );
      const parentId = change.parentId === undefined ? (page.parentId ?? null) : change.parentId;
      const moved = parentId !== (page.parentId ?? null) || change.position !== undefined;
      if (parentId !== null) {
        const parent = all.find((other) => other.id === parentId);
        const inside = descendants(all, id).some((below) => below.id === parentId);
        // A parent the caller may not open answers like a missing one: no hint that it exists.
        const hidden =
          parent !== undefined && !can(caller.actor, 'document.read', documentResource(parent));
        if (parent === undefined || hidden || parentId === id || inside) {
          throw new DomainError(
            400,
            'invalid_request',
            'A page can only move under another page of its community, not under itself.',
          );
        }
      }
      let position = change.position ?? page.position ?? DEFAULT_POSITION;
      if (change.position === undefined && parentId !== (page.parentId ?? null)) {
        const last = all
          .filter((other) => other.id !== id && (other.parentId ?? null) === parentId)
          .map((other) => other.position ?? DEFAULT_POSITION)
          .sort()
          .at(-1);
        position = positionBetween(last ?? null, null);
      }
      const updated: DocumentRecord = {
        ...page,
        parentId,
        position,
        tags: change.tags === undefined ? (page.tags ?? []) : [...new Set(change.tags)].sort(),
      };
      await this.db.write([
        this.documents.putOperation(updated),
        ...(moved
          ? this.audit.operations({
              action: 'document.moved',
              actorId: caller.userId,
              communityId: page.communityId,
              documentId: id,
              details: { parent: parentId ?? 'top' },
              ip: caller.ip,
            })
          : []),
      ]);
      return updated;
    });
  }

  /** Tags of a community's pages the caller may read, most used first. */
  async tags(caller: Caller, slug: string): Promise<TagCount[]> {
    const community = await this.communities.require(caller, slug, 'community.read');
    const counts = new Map<string, number>();
    for (const page of await this.documents.inCommunity(community.id)) {
      if (!can(caller.actor, 'document.read', documentResource(page))) continue;
      for (const tag of page.tags ?? []) counts.set(tag, (counts.get(tag) ?? 0) + 1);
    }
    return [...counts]
      .map(([tag, count]) => ({ tag, count }))
      .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
  }
}
