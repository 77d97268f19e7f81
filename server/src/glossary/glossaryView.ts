import type { GlossaryEntryView } from '@kring/shared';
import type { Caller } from '../auth/Caller.js';
import type { GlossaryRecord } from '../storage/meta/records.js';
import { userSummary, type UserLookup } from '../http/views.js';
import { mayEditEntry } from './Glossary.js';

/** A glossary entry as `caller` sees it: its author by name, and whether they may change it. */
export async function glossaryEntryView(
  caller: Caller,
  record: GlossaryRecord,
  users: UserLookup,
): Promise<GlossaryEntryView> {
  const author = await users(record.authorId);
  return {
    id: record.id,
    term: record.term,
    definition: record.definition,
    synonyms: record.synonyms,
    abbreviations: record.abbreviations,
    language: record.language,
    links: record.links,
    author: author === null ? null : userSummary(author),
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    canEdit: mayEditEntry(caller, record),
  };
}
