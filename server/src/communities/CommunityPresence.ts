import type { CommunityPresenceView, PresencePersonView } from '@kring/shared';
import type { UserDirectory } from '../accounts/UserDirectory.js';
import type { Caller } from '../auth/Caller.js';
import { can } from '../auth/permissions.js';
import type { ConnectedPeople } from '../collab/ConnectedPeople.js';
import { documentResource, type DocumentDirectory } from '../documents/DocumentDirectory.js';
import type { CommunityService } from './CommunityService.js';

/**
 * "Who is here": the people connected to a community's pages right now. Built from the live
 * collaboration connections, not from what clients announce, so nobody appears under another
 * name. Only pages the caller may read are counted, and only their titles are given.
 */
export class CommunityPresence {
  constructor(
    /** The running server's connections (empty in the offline admin CLI). */
    readonly people: ConnectedPeople,
    private readonly communities: CommunityService,
    private readonly documents: DocumentDirectory,
    private readonly users: UserDirectory,
  ) {}

  /**
   * People with the community's readable pages open, by name; each with those pages by title.
   * @throws {DomainError} 404 when the caller is not a member (as for every community endpoint).
   */
  async inCommunity(caller: Caller, slug: string): Promise<CommunityPresenceView> {
    const community = await this.communities.require(caller, slug, 'community.read');
    const open = new Set(this.people.documentIds());
    const byUser = new Map<string, { id: string; title: string }[]>();
    for (const page of await this.documents.inCommunity(community.id)) {
      if (!open.has(page.id) || page.deletedAt !== null) continue;
      if (!can(caller.actor, 'document.read', documentResource(page))) continue;
      for (const userId of this.people.usersIn(page.id)) {
        const pages = byUser.get(userId) ?? [];
        pages.push({ id: page.id, title: page.title });
        byUser.set(userId, pages);
      }
    }
    const people: PresencePersonView[] = [];
    for (const [userId, documents] of byUser) {
      const user = await this.users.byId(userId);
      if (user === undefined) continue;
      documents.sort((a, b) => a.title.localeCompare(b.title));
      people.push({ userId, name: user.name, organisation: user.organisation, documents });
    }
    people.sort((a, b) => a.name.localeCompare(b.name));
    return { people };
  }
}
