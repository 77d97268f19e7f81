import { can, type Actor } from '../auth/permissions.js';
import { documentResource, type DocumentDirectory } from '../documents/DocumentDirectory.js';
import type {
  CommunityRecord,
  DocumentRecord,
  NotificationRecord,
} from '../storage/meta/records.js';
import type { CommunityService } from '../communities/CommunityService.js';

/**
 * The notifications a person may still open, with their community's slug: the community still
 * has them as a member, and the page (if any) is still readable to them and still in that
 * community. Each community and page is looked up once.
 */
export async function visibleNotifications(
  lookup: {
    readonly communities: Pick<CommunityService, 'byId'>;
    readonly documents: Pick<DocumentDirectory, 'byId'>;
  },
  actor: Actor,
  records: readonly NotificationRecord[],
): Promise<{ record: NotificationRecord; slug: string }[]> {
  const communities = new Map<string, Promise<CommunityRecord | undefined>>();
  const documents = new Map<string, Promise<DocumentRecord | undefined>>();
  const visible: { record: NotificationRecord; slug: string }[] = [];
  for (const record of records) {
    if (!can(actor, 'community.read', { type: 'community', id: record.communityId })) continue;
    let community = communities.get(record.communityId);
    if (community === undefined) {
      community = lookup.communities.byId(record.communityId);
      communities.set(record.communityId, community);
    }
    const found = await community;
    if (found === undefined) continue;
    if (record.documentId !== null) {
      let document = documents.get(record.documentId);
      if (document === undefined) {
        document = lookup.documents.byId(record.documentId);
        documents.set(record.documentId, document);
      }
      const page = await document;
      if (page === undefined || !can(actor, 'document.read', documentResource(page))) continue;
      if (page.communityId !== record.communityId) continue;
    }
    visible.push({ record, slug: found.slug });
  }
  return visible;
}
