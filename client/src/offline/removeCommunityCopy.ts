import { deleteLocalContent } from './localContent.js';
import { deleteRecords, getAll, STORES, type StoredDocument } from './offlineDb.js';
import { queuedOperations } from './operationQueue.js';

/** Why a community's offline copy was not removed. */
export type RemoveRefusal = 'waiting';

/**
 * Removes a community's offline copy from this device (content, metadata). Refuses while edits or
 * page changes made here wait for the server, unless `force`: removing them would lose work.
 */
export async function removeCommunityCopy(
  slug: string,
  userId: string,
  force = false,
): Promise<RemoveRefusal | null> {
  const documents = await getAll<StoredDocument>(STORES.documents, 'slug', slug);
  const operations = await queuedOperations(userId, slug);
  if (!force && (operations.length > 0 || documents.some((d) => d.dirty || d.orphaned))) {
    return 'waiting';
  }
  await deleteRecords(
    STORES.documents,
    documents.map((d) => d.id),
  );
  await deleteRecords(STORES.communities, [slug]);
  await deleteRecords(
    STORES.operations,
    operations.flatMap((op) => (op.seq === undefined ? [] : [op.seq])),
  );
  for (const document of documents) await deleteLocalContent(document.id);
  return null;
}
