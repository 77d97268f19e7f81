import type { PeopleEvidenceView } from '@kring/shared';
import type { CommunityRecord, GlossaryRecord } from '../storage/meta/records.js';
import type { MetaDatabase } from '../storage/meta/MetaDatabase.js';
import { TABLES } from '../storage/meta/tables.js';
import { expertiseCoverage, type QueryWords } from './expertiseMatch.js';

/** Weight of explaining a term that covers the whole question, against one best page. */
const GLOSSARY_WEIGHT = 0.4;
/** Least coverage of the question for a glossary term to count. */
const MIN_COVERAGE = 0.5;

/**
 * Evidence from the glossaries of the asker's communities: whoever explained a term that covers
 * the question (its term or another word for it) knows about it. Glossaries are readable by
 * every member, so they need no further permission check.
 */
export async function creditGlossaryAuthors(
  meta: MetaDatabase,
  communities: readonly CommunityRecord[],
  words: QueryWords,
  credit: (userId: string, evidence: PeopleEvidenceView, weight: number) => void,
): Promise<void> {
  for (const community of communities) {
    const entries = await meta.list<GlossaryRecord>(TABLES.glossary, `${community.id}!`);
    for (const entry of entries) {
      if (entry.authorId === null) continue;
      const coverage = Math.max(
        ...[entry.term, ...entry.synonyms].map((name) => expertiseCoverage(words, name)),
      );
      if (coverage < MIN_COVERAGE) continue;
      credit(
        entry.authorId,
        { kind: 'glossary', entryId: entry.id, term: entry.term, communitySlug: community.slug },
        GLOSSARY_WEIGHT * coverage,
      );
    }
  }
}
