import type { Caller } from '../auth/Caller.js';
import { can } from '../auth/permissions.js';
import type { CommunityService } from '../communities/CommunityService.js';
import type { MetaDatabase } from '../storage/meta/MetaDatabase.js';
import type { DocumentRecord } from '../storage/meta/records.js';
import { TABLES } from '../storage/meta/tables.js';
import { documentResource, type DocumentDirectory } from './DocumentDirectory.js';

/** Pages shown on a first visit, when there is no "since". */
const FIRST_VISIT_PAGES = 20;

/** "What changed since my last visit", per person per community. */
export class Visits {
  constructor(
    private readonly db: MetaDatabase,
    private readonly documents: DocumentDirectory,
    private readonly communities: CommunityService,
    private readonly now: () => number = Date.now,
  ) {}

  /** Readable pages changed since the caller's last visit (first visit: the latest ones). */
  async changesSince(
    caller: Caller,
    slug: string,
  ): Promise<{ since: string | null; documents: DocumentRecord[] }> {
    const community = await this.communities.require(caller, slug, 'community.read');
    const since = await this.db.get<string>(TABLES.visits, `${caller.actor.id}!${community.id}`);
    const changed = (await this.documents.inCommunity(community.id))
      .filter(
        (page) =>
          can(caller.actor, 'document.read', documentResource(page)) &&
          (since === undefined || page.updatedAt > since),
      )
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    return {
      since: since ?? null,
      documents: since === undefined ? changed.slice(0, FIRST_VISIT_PAGES) : changed,
    };
  }

  /** Records a visit now. */
  async visit(caller: Caller, slug: string): Promise<void> {
    const community = await this.communities.require(caller, slug, 'community.read');
    await this.db.write([
      {
        type: 'put',
        table: TABLES.visits,
        key: `${caller.actor.id}!${community.id}`,
        value: new Date(this.now()).toISOString(),
      },
    ]);
  }
}
