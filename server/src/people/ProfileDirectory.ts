import type { MetaDatabase } from '../storage/meta/MetaDatabase.js';
import type { ProfileRecord } from '../storage/meta/records.js';
import { TABLES } from '../storage/meta/tables.js';

/** The profile of someone who never filled theirs in. */
export function emptyProfile(userId: string): ProfileRecord {
  return {
    userId,
    organisationId: null,
    function: '',
    expertise: [],
    bio: '',
    contact: '',
    languages: [],
    hidden: [],
    updatedAt: '',
  };
}

/**
 * People's profiles (function, expertise, bio, contact, languages, linked organisation, what they
 * hide). Storage only: who may see a profile is decided by the people service.
 */
export class ProfileDirectory {
  constructor(private readonly db: MetaDatabase) {}

  /** The stored profile, or an empty one. */
  async get(userId: string): Promise<ProfileRecord> {
    return (await this.db.get<ProfileRecord>(TABLES.profiles, userId)) ?? emptyProfile(userId);
  }

  /** Every stored profile (people search reads declared expertise from these). */
  all(): Promise<ProfileRecord[]> {
    return this.db.list<ProfileRecord>(TABLES.profiles);
  }

  async put(record: ProfileRecord): Promise<void> {
    await this.db.write([
      { type: 'put', table: TABLES.profiles, key: record.userId, value: record },
    ]);
  }
}
