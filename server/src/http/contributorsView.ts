import type { ContributorView, DocumentContributorsView } from '@kring/shared';
import type { ContributionRecord } from '../storage/meta/records.js';
import { userSummary, type UserLookup } from './views.js';

/**
 * A page's contributors, most content first. Shares are of everything recorded for the page;
 * accounts that no longer exist are left out of the list but not of the total, so the shares of
 * the people shown stay true.
 */
export async function contributorsView(
  records: readonly ContributionRecord[],
  lookup: UserLookup,
): Promise<DocumentContributorsView> {
  const total = records.reduce((sum, record) => sum + Math.max(record.characters, 0), 0);
  const contributors: ContributorView[] = [];
  for (const record of records) {
    if (record.characters <= 0) continue;
    const user = await lookup(record.userId);
    if (user === null) continue;
    contributors.push({
      user: userSummary(user),
      characters: record.characters,
      share: total === 0 ? 0 : record.characters / total,
      changes: record.changes,
      firstAt: record.firstAt,
      lastAt: record.lastAt,
    });
  }
  contributors.sort(
    (a, b) => b.characters - a.characters || a.user.name.localeCompare(b.user.name),
  );
  return { contributors };
}
