import { getAll, STORES, type StoredCommunity, type StoredDocument } from './offlineDb.js';

/** What this device holds of one community, for the offline settings. */
export interface CommunityCopy {
  readonly slug: string;
  readonly syncedAt: string | null;
  readonly pages: number;
  /** Pages with edits the server has not confirmed (or that it can no longer take). */
  readonly waiting: number;
}

/** The person's community copies on this device, by slug. */
export async function communityCopies(userId: string): Promise<Map<string, CommunityCopy>> {
  const communities = (await getAll<StoredCommunity>(STORES.communities)).filter(
    (c) => c.userId === userId,
  );
  const documents = await getAll<StoredDocument>(STORES.documents);
  return new Map(
    communities.map((c) => {
      const mine = documents.filter((d) => d.slug === c.slug);
      return [
        c.slug,
        {
          slug: c.slug,
          syncedAt: c.syncedAt,
          pages: mine.filter((d) => !d.orphaned).length,
          waiting: mine.filter((d) => d.dirty || d.orphaned).length,
        },
      ];
    }),
  );
}
